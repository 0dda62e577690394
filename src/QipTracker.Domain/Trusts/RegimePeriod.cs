using QipTracker.Domain.Common;

namespace QipTracker.Domain.Trusts;

public sealed class RegimePeriod : TenantEntity
{
    public Regime Regime { get; private set; }
    public DateOnly EnteredOn { get; private set; }
    public DateOnly? ExitedOn { get; private set; }

    private RegimePeriod() { }

    public RegimePeriod(Guid trustId, Regime regime, DateOnly enteredOn, DateOnly? exitedOn = null) : base(trustId)
    {
        if (exitedOn is { } exit && exit < enteredOn)
            throw new DomainException("A regime cannot be exited before it was entered.");
        Regime = regime;
        EnteredOn = enteredOn;
        ExitedOn = exitedOn;
    }

    public void Exit(DateOnly on)
    {
        if (on < EnteredOn) throw new DomainException("A regime cannot be exited before it was entered.");
        ExitedOn = on;
    }
}
