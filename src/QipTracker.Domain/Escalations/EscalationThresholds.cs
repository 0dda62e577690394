using QipTracker.Domain.Common;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// Days overdue at which each level is raised, per trust. Days overdue = today − due date, so the due
/// date itself is day 0 (not overdue, as everywhere else in the plan) and the default owner level is
/// raised on day 1, the first day overdue; the chair on day 7, the accountable executive on day 14 and
/// the ECIB on day 21. Each threshold is at least 1 and strictly greater than the one below it, so the
/// ladder always climbs one rung at a time in order.
/// </summary>
public sealed record EscalationThresholds
{
    public static readonly EscalationThresholds Default = new(1, 7, 14, 21);

    public int Owner { get; }
    public int IsgChair { get; }
    public int AccountableExecutive { get; }
    public int Ecib { get; }

    public EscalationThresholds(int owner, int isgChair, int accountableExecutive, int ecib)
    {
        if (owner < 1) throw new DomainException("The owner is told once the work is overdue: the owner's threshold is at least 1 day.");
        if (isgChair <= owner) throw new DomainException("The ISG chair's threshold must be more days than the owner's.");
        if (accountableExecutive <= isgChair) throw new DomainException("The accountable executive's threshold must be more days than the ISG chair's.");
        if (ecib <= accountableExecutive) throw new DomainException("The ECIB's threshold must be more days than the accountable executive's.");
        Owner = owner;
        IsgChair = isgChair;
        AccountableExecutive = accountableExecutive;
        Ecib = ecib;
    }

    public int DaysFor(EscalationLevel level) => level switch
    {
        EscalationLevel.Owner => Owner,
        EscalationLevel.IsgChair => IsgChair,
        EscalationLevel.AccountableExecutive => AccountableExecutive,
        EscalationLevel.Ecib => Ecib,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
