using QipTracker.Domain.Common;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// One rung of the ladder raised for one overdue or off-track item: who was told and when, the
/// owner's recovery plan, and when it was resolved (the item delivered, or no longer overdue or off
/// track — e.g. rebaselined). An item's open escalations are what the ladder has already raised.
/// </summary>
public sealed class Escalation : TenantEntity, IVersioned
{
    private readonly List<EscalationNotice> _told = [];

    public EscalatedItemKind ItemKind { get; private set; }
    public Guid ItemId { get; private set; }
    public string Reference { get; private set; } = "";
    /// <summary>The item's owner when raised: the one asked for the recovery plan.</summary>
    public Guid OwnerId { get; private set; }
    public EscalationLevel Level { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>Raised because it was reported off track before it was overdue.</summary>
    public bool OffTrack { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    /// <summary>Days past the due date when raised (0 or less for off-track work not yet due).</summary>
    public int DaysOverdue { get; private set; }
    public IReadOnlyList<EscalationNotice> Told => _told;
    public string? RecoveryPlan { get; private set; }
    public Guid? RecoveryPlanBy { get; private set; }
    public DateTimeOffset? RecoveryPlanAt { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public long Version { get; private set; }

    public bool IsOpen => ResolvedOn is null;

    private Escalation() { }

    public Escalation(Guid trustId, EscalationSubject subject, EscalationLevel level, DateOnly raisedOn) : base(trustId)
    {
        if (subject.ItemId == Guid.Empty) throw new DomainException("An escalation is about a root cause or an action.");
        if (raisedOn <= subject.CountsFrom)
            throw new DomainException($"{subject.Reference} is not overdue or off track on {raisedOn:yyyy-MM-dd}; there is nothing to escalate.");
        ItemKind = subject.Kind;
        ItemId = subject.ItemId;
        Reference = subject.Reference?.Trim() ?? "";
        OwnerId = subject.OwnerId;
        Level = level;
        DueOn = subject.DueOn;
        OffTrack = subject.CountsFrom < subject.DueOn;
        RaisedOn = raisedOn;
        DaysOverdue = raisedOn.DayNumber - subject.DueOn.DayNumber;
    }

    public bool IsAbout(EscalatedItemKind kind, Guid itemId) => ItemKind == kind && ItemId == itemId;

    public bool WasTold(Guid userId) => _told.Any(t => t.UserId == userId);

    /// <summary>
    /// Records that these people were told. Someone already told is not recorded again, so a job that
    /// re-runs tells nobody twice; returns those newly told, i.e. whom to email.
    /// </summary>
    public IReadOnlyList<Guid> RecordTold(IEnumerable<Guid> userIds, DateTimeOffset at)
    {
        var fresh = userIds.Where(id => id != Guid.Empty).Distinct().Where(id => !WasTold(id)).ToList();
        _told.AddRange(fresh.Select(id => new EscalationNotice(id, at)));
        return fresh;
    }

    /// <summary>The owner's recovery plan; rewriting it replaces it. Closed once the escalation is resolved.</summary>
    public void WriteRecoveryPlan(string plan, Guid by, DateTimeOffset at)
    {
        if (!IsOpen) throw new DomainException($"The escalation of {Reference} was resolved on {ResolvedOn:yyyy-MM-dd}; its recovery plan is closed.");
        if (string.IsNullOrWhiteSpace(plan)) throw new DomainException("Say how the work will be recovered, by whom and by when.");
        if (by == Guid.Empty) throw new DomainException("Say who wrote the recovery plan.");
        RecoveryPlan = plan.Trim();
        RecoveryPlanBy = by;
        RecoveryPlanAt = at;
    }

    public void Resolve(DateOnly on)
    {
        if (!IsOpen) throw new DomainException($"The escalation of {Reference} was already resolved on {ResolvedOn:yyyy-MM-dd}.");
        if (on < RaisedOn) throw new DomainException($"The escalation of {Reference} was raised on {RaisedOn:yyyy-MM-dd}; it cannot be resolved before that.");
        ResolvedOn = on;
    }
}
