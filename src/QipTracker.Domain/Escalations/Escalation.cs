using QipTracker.Domain.Common;

namespace QipTracker.Domain.Escalations;

/// <summary>
/// One overdue or off-track item on the ladder: raised once, then climbing owner → ISG chair → accountable
/// executive → ECIB as the days pass, with the rungs it reached and who was told at each, the owner's one
/// recovery plan, and when it was resolved (the item delivered, or no longer overdue or off track — e.g.
/// rebaselined). An item has at most one open escalation; a later slip after it is resolved opens a new one.
/// </summary>
public sealed class Escalation : TenantEntity, IVersioned
{
    private readonly List<EscalationNotice> _told = [];
    private readonly List<EscalationStep> _steps = [];

    public EscalatedItemKind ItemKind { get; private set; }
    public Guid ItemId { get; private set; }
    /// <summary>The root cause the item is, or the action's root cause: where the item's ISG is found.</summary>
    public Guid RootCauseId { get; private set; }
    public string Reference { get; private set; } = "";
    /// <summary>The item's owner: the one asked for the recovery plan (kept current while the escalation is open).</summary>
    public Guid OwnerId { get; private set; }
    /// <summary>The highest rung reached so far.</summary>
    public EscalationLevel Level { get; private set; }
    public DateOnly DueOn { get; private set; }
    /// <summary>Raised because it was reported off track before it was overdue.</summary>
    public bool OffTrack { get; private set; }
    public DateOnly RaisedOn { get; private set; }
    /// <summary>Days past the due date when raised (0 or less for off-track work not yet due).</summary>
    public int DaysOverdue { get; private set; }
    public IReadOnlyList<EscalationNotice> Told => _told;
    /// <summary>The rungs reached, lowest first, each with its day.</summary>
    public IReadOnlyList<EscalationStep> Steps => _steps;
    public string? RecoveryPlan { get; private set; }
    public Guid? RecoveryPlanBy { get; private set; }
    public DateTimeOffset? RecoveryPlanAt { get; private set; }
    public DateOnly? ResolvedOn { get; private set; }
    public long Version { get; private set; }

    public bool IsOpen => ResolvedOn is null;

    private Escalation() { }

    /// <summary>Raises the item at <paramref name="level"/>, recording every rung up to it as reached today.</summary>
    public Escalation(Guid trustId, EscalationSubject subject, EscalationLevel level, DateOnly raisedOn) : base(trustId)
    {
        if (subject.ItemId == Guid.Empty) throw new DomainException("An escalation is about a root cause or an action.");
        if (raisedOn <= subject.CountsFrom)
            throw new DomainException($"{subject.Reference} is not overdue or off track on {raisedOn:yyyy-MM-dd}; there is nothing to escalate.");
        ItemKind = subject.Kind;
        ItemId = subject.ItemId;
        RootCauseId = subject.Kind == EscalatedItemKind.RootCause ? subject.ItemId : subject.RootCauseId;
        Reference = subject.Reference?.Trim() ?? "";
        OwnerId = subject.OwnerId;
        DueOn = subject.DueOn;
        OffTrack = subject.CountsFrom < subject.DueOn;
        RaisedOn = raisedOn;
        DaysOverdue = raisedOn.DayNumber - subject.DueOn.DayNumber;
        Level = EscalationLevel.Owner;
        _steps.Add(new EscalationStep(EscalationLevel.Owner, raisedOn));
        ClimbTo(level, raisedOn);
    }

    public bool IsAbout(EscalatedItemKind kind, Guid itemId) => ItemKind == kind && ItemId == itemId;

    /// <summary>The day the escalation reached its current rung.</summary>
    public DateOnly LevelReachedOn => _steps.Count == 0 ? RaisedOn : _steps[^1].ReachedOn;

    /// <summary>The rung it stood at on a day (null before it was raised): what a past month's paper shows.</summary>
    public EscalationLevel? LevelOn(DateOnly day) =>
        _steps.Count == 0 ? (RaisedOn <= day ? Level : null)
            : _steps.Where(s => s.ReachedOn <= day).Select(s => (EscalationLevel?)s.Level).LastOrDefault();

    /// <summary>
    /// Climbs to <paramref name="level"/>, recording each rung passed on the way as reached on <paramref name="on"/>;
    /// returns the rungs newly reached, lowest first. An escalation never climbs down, and a resolved one does not move.
    /// </summary>
    public IReadOnlyList<EscalationLevel> ClimbTo(EscalationLevel level, DateOnly on)
    {
        if (!IsOpen) throw new DomainException($"The escalation of {Reference} was resolved on {ResolvedOn:yyyy-MM-dd}; a new slip opens a new escalation.");
        if (on < LevelReachedOn) throw new DomainException($"The escalation of {Reference} cannot climb on a day before it reached {Level}.");
        var reached = Enum.GetValues<EscalationLevel>().Where(l => l > Level && l <= level).ToList();
        foreach (var rung in reached) _steps.Add(new EscalationStep(rung, on));
        if (reached.Count > 0) Level = level;
        return reached;
    }

    /// <summary>Keeps the item's owner, reference and due date current while it stays late (reassigned, rebaselined to a date still past).</summary>
    public void Follow(EscalationSubject subject)
    {
        if (!IsAbout(subject.Kind, subject.ItemId)) throw new DomainException($"That is not the item {Reference} escalated.");
        if (!IsOpen) return;
        OwnerId = subject.OwnerId;
        Reference = subject.Reference?.Trim() ?? Reference;
        DueOn = subject.DueOn;
    }

    public bool WasTold(Guid userId) => _told.Any(t => t.UserId == userId);

    /// <summary>
    /// Records that these people were told (at <paramref name="level"/>). Someone already told about this escalation
    /// is not recorded again, so a job that re-runs tells nobody twice; returns those newly told, i.e. whom to email.
    /// </summary>
    public IReadOnlyList<Guid> RecordTold(IEnumerable<Guid> userIds, DateTimeOffset at, EscalationLevel? level = null)
    {
        var fresh = userIds.Where(id => id != Guid.Empty).Distinct().Where(id => !WasTold(id)).ToList();
        _told.AddRange(fresh.Select(id => new EscalationNotice(id, at, level ?? Level)));
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
