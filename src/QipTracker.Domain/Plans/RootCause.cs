using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;

namespace QipTracker.Domain.Plans;

/// <summary>
/// The unit the plan is tracked and counted by. Answers one or more findings; its priority class
/// is Must Do when any of them is. Status moves only through the methods below, which hold the rules.
/// </summary>
public sealed class RootCause : TenantEntity, IVersioned, IInPlanSince
{
    private readonly List<RootCauseFinding> _findings = [];
    private readonly List<Evidence> _evidence = [];

    public string Reference { get; private set; } = "";
    public string Description { get; private set; } = "";
    public Guid OwnerId { get; private set; }
    public Guid IsgId { get; private set; }
    public PriorityClass Priority { get; private set; } = PriorityClass.ShouldDo;
    public DateOnly BaselineDue { get; private set; }
    public DateOnly ForecastDue { get; private set; }
    public RootCauseStatus Status { get; private set; }
    public DateOnly? CompletedOn { get; private set; }
    public DateOnly? AssuredOn { get; private set; }
    public Guid? AssuredBy { get; private set; }
    public DateOnly? EmbeddedOn { get; private set; }
    public int ReopenCount { get; private set; }
    public string? LastReopenReason { get; private set; }
    /// <summary>The chair's comment when they last sent it back; kept until it is completed again.</summary>
    public string? ReviewComment { get; private set; }
    /// <summary>When and by whom it was last sent back: set while the owner still has to act on the comment.</summary>
    public DateOnly? SentBackOn { get; private set; }
    public Guid? SentBackBy { get; private set; }
    public bool ReportedOffTrack { get; private set; }
    /// <summary>The day the owner first reported it off track, while it still is; the escalation ladder counts from it.</summary>
    public DateOnly? OffTrackSince { get; private set; }
    public DateOnly? WithdrawnOn { get; private set; }
    public Sbar Sbar { get; private set; } = Sbar.Empty;
    public Guid? KpiId { get; private set; }
    /// <summary>
    /// Its KPI is not improving (<see cref="KpiSpc.IsNotImproving"/>): the RAG rule's Amber input. Kept up to date
    /// by the persistence layer whenever the KPI's measurements or SPC settings, or the link, change, so that
    /// the database can derive RAG set-based.
    /// </summary>
    public bool KpiNotImproving { get; private set; }
    public DateOnly AddedToPlanOn { get; private set; }
    public long Version { get; private set; }

    public IReadOnlyList<RootCauseFinding> Findings => _findings;
    public IReadOnlyList<Evidence> Evidence => _evidence;

    public bool IsWithdrawn => WithdrawnOn is not null;

    // What can happen next, by the root cause's state alone; who may do it is the application's access check.
    // The methods below refuse by these same rules, and the pages show their buttons by them.

    /// <summary>Still being worked on: its forecast can move and it can be marked completed (with evidence).</summary>
    public bool IsUnderway => !IsWithdrawn && !Status.IsDelivered();

    /// <summary>Completed and waiting for the chair, who may assure it or send it back.</summary>
    public bool CanBeAssured => !IsWithdrawn && Status == RootCauseStatus.Completed;

    public bool CanBeEmbedded => !IsWithdrawn && Status == RootCauseStatus.Assured;

    public bool CanBeReopened => !IsWithdrawn && Status is RootCauseStatus.Assured or RootCauseStatus.Embedded;

    // The plan's words, as RootCauseRules defines them (the same expressions, compiled).
    public bool IsOpen => RootCauseRules.Compiled.Open(this);
    public bool IsDelivered => RootCauseRules.Compiled.Delivered(this);
    public bool IsAwaitingAssurance => RootCauseRules.Compiled.AwaitingAssurance(this);
    public bool IsAssured => RootCauseRules.Compiled.Assured(this);
    public bool IsOverdue(DateOnly today) => RootCauseRules.Compiled.Overdue(this, today);
    public bool IsOffTrackOrOverdue(DateOnly today) => RootCauseRules.Compiled.OffTrackOrOverdue(this, today);

    /// <summary>The state people see (see <see cref="RootCauseState"/>).</summary>
    public RootCauseState State => RootCauseStates.Of(Status, SentBackOn is not null);

    private RootCause() { }

    public RootCause(Guid trustId, string reference, string description, Guid ownerId, Guid isgId, DateOnly baselineDue) : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(reference)) throw new DomainException("A root cause needs a reference.");
        Reference = reference.Trim();
        Redescribe(description);
        Reassign(ownerId);
        MoveTo(isgId);
        BaselineDue = baselineDue;
        ForecastDue = baselineDue;
    }

    public Rag RagOn(DateOnly today) => RagRule.Derive(Status, BaselineDue, ForecastDue, ReportedOffTrack, KpiNotImproving, today);

    public void Redescribe(string description)
    {
        if (string.IsNullOrWhiteSpace(description)) throw new DomainException($"Root cause {Reference} needs a description.");
        Description = description.Trim();
    }

    public void WriteSbar(Sbar sbar)
    {
        EnsureLive();
        Sbar = sbar;
    }

    public void RecordAddedToPlan(DateOnly on) => AddedToPlanOn = on;

    public IEnumerable<DateOnly?> DatesItCarries() => [CompletedOn, AssuredOn, EmbeddedOn, OffTrackSince, SentBackOn, WithdrawnOn];

    /// <summary>Links its KPI (or none). Without a KPI nothing says it is not improving.</summary>
    public void LinkKpi(Guid? kpiId)
    {
        EnsureLive();
        if (kpiId != KpiId || kpiId is null) KpiNotImproving = false;
        KpiId = kpiId;
    }

    /// <summary>Records what its KPI's chart now says (see <see cref="KpiNotImproving"/>).</summary>
    public void ReadKpi(bool notImproving) => KpiNotImproving = KpiId is not null && notImproving;

    /// <summary>Links a finding; a Must Do finding raises the priority class to Must Do.</summary>
    public void Answer(Finding finding)
    {
        EnsureLive();
        if (finding.TrustId != TrustId) throw new DomainException("A root cause can only answer findings of its own trust.");
        if (_findings.Any(f => f.FindingId == finding.Id)) return;
        _findings.Add(new RootCauseFinding(TrustId, Id, finding.Id));
        if (finding.Priority == PriorityClass.MustDo) Priority = PriorityClass.MustDo;
    }

    /// <summary>No longer answers the finding (linked in error); the caller re-derives the priority from what is left.</summary>
    public void StopAnswering(Guid findingId)
    {
        EnsureLive();
        var link = _findings.FirstOrDefault(f => f.FindingId == findingId) ?? throw new DomainException($"Root cause {Reference} does not answer that finding.");
        _findings.Remove(link);
    }

    /// <summary>Recomputes the priority class from all linked findings' kinds (after a finding is unlinked or reclassified).</summary>
    public void RecomputePriority(IEnumerable<FindingKind> linkedKinds) =>
        Priority = linkedKinds.Any(k => k.Priority() == PriorityClass.MustDo) ? PriorityClass.MustDo : PriorityClass.ShouldDo;

    // --- plan changes: reached through approved change requests (or the PMO's import) ---

    public void Reassign(Guid ownerId)
    {
        EnsureLive();
        if (ownerId == Guid.Empty) throw new DomainException($"Root cause {Reference} needs an owner.");
        OwnerId = ownerId;
    }

    public void MoveTo(Guid isgId)
    {
        EnsureLive();
        if (isgId == Guid.Empty) throw new DomainException($"Root cause {Reference} needs an ISG.");
        IsgId = isgId;
    }

    public void Rebaseline(DateOnly baselineDue)
    {
        EnsureLive();
        BaselineDue = baselineDue;
    }

    public void Withdraw(DateOnly on)
    {
        if (IsWithdrawn) throw new DomainException($"Root cause {Reference} is already withdrawn.");
        WithdrawnOn = on;
    }

    /// <summary>A new root cause split off this one: same owner, ISG, findings and priority class.</summary>
    public RootCause SplitOff(string reference, string description, DateOnly baselineDue)
    {
        EnsureLive();
        var part = new RootCause(TrustId, reference, description, OwnerId, IsgId, baselineDue) { Priority = Priority, KpiId = KpiId, KpiNotImproving = KpiNotImproving };
        foreach (var link in _findings) part._findings.Add(new RootCauseFinding(TrustId, part.Id, link.FindingId));
        return part;
    }

    /// <summary>Takes over the findings of a root cause merged into this one (which is then withdrawn).</summary>
    public void Absorb(RootCause other)
    {
        EnsureLive();
        if (other.Id == Id || other.TrustId != TrustId) throw new DomainException("A root cause can only absorb another of its own trust.");
        foreach (var link in other._findings.Where(l => _findings.All(f => f.FindingId != l.FindingId)))
            _findings.Add(new RootCauseFinding(TrustId, Id, link.FindingId));
        if (other.Priority == PriorityClass.MustDo) Priority = PriorityClass.MustDo;
    }

    // --- delivery: the owner reports, the chair assures ---

    /// <summary>The owner's update: forecast date and whether the work is off track.</summary>
    public void ReportProgress(DateOnly forecastDue, bool offTrack, DateOnly on)
    {
        EnsureLive();
        ForecastDue = forecastDue;
        SetOffTrack(offTrack && !Status.IsDelivered(), on);
        if (Status == RootCauseStatus.NotStarted) Status = RootCauseStatus.InProgress;
    }

    /// <summary>
    /// The owner moves the forecast and nothing else (a sprint update that changed only the date): unlike
    /// <see cref="ReportProgress"/>, work not started stays not started.
    /// </summary>
    public void Reforecast(DateOnly forecastDue)
    {
        EnsureLive();
        if (!IsUnderway) throw new DomainException($"Root cause {Reference} is {StatusWords}: it has no forecast left to move.");
        ForecastDue = forecastDue;
    }

    /// <summary>The owner says the work is, or is no longer, off track, and nothing else.</summary>
    public void ReportOffTrack(bool offTrack, DateOnly on)
    {
        EnsureLive();
        if (offTrack && Status.IsDelivered()) throw new DomainException($"Root cause {Reference} is {StatusWords}: delivered work is not off track.");
        SetOffTrack(offTrack, on);
    }

    public void Start()
    {
        EnsureLive();
        if (Status != RootCauseStatus.NotStarted)
            throw new DomainException($"Root cause {Reference} is {StatusWords}; only a not started root cause can be started.");
        Status = RootCauseStatus.InProgress;
    }

    public void AddEvidence(Evidence evidence)
    {
        EnsureLive();
        if (evidence.RootCauseId != Id || evidence.TrustId != TrustId) throw new DomainException("That evidence belongs to another root cause.");
        _evidence.Add(evidence);
    }

    /// <summary>The owner says it is done. The loop must be closed: no evidence, no completion.</summary>
    public void MarkCompleted(DateOnly completedOn)
    {
        EnsureLive();
        if (!IsUnderway)
            throw new DomainException($"Root cause {Reference} is already {StatusWords}.");
        if (_evidence.Count == 0)
            throw new DomainException($"Root cause {Reference} cannot be completed without evidence: attach a file, link or note first.");
        Status = RootCauseStatus.Completed;
        CompletedOn = completedOn;
        SetOffTrack(false, completedOn);
        ReviewComment = null;
        SentBackOn = null;
        SentBackBy = null;
    }

    /// <summary>The ISG chair (or the PMO) accepts the evidence.</summary>
    public void Assure(Guid by, bool byChairOrPmo, DateOnly on)
    {
        EnsureLive();
        if (!byChairOrPmo) throw new DomainException($"Only the ISG's chair or the PMO can assure root cause {Reference}.");
        if (!CanBeAssured)
            throw new DomainException($"Root cause {Reference} is {StatusWords}; only a completed root cause can be assured.");
        Status = RootCauseStatus.Assured;
        AssuredOn = on;
        AssuredBy = by;
    }

    /// <summary>The chair does not accept the evidence: back to the owner with a comment, flagged until completed again.</summary>
    public void SendBack(string comment, Guid by, DateOnly on)
    {
        EnsureLive();
        if (!CanBeAssured)
            throw new DomainException($"Root cause {Reference} is {StatusWords}; only a completed root cause can be sent back.");
        if (string.IsNullOrWhiteSpace(comment)) throw new DomainException("Say why the evidence is not accepted.");
        if (by == Guid.Empty) throw new DomainException("Say who sent it back.");
        Status = RootCauseStatus.InProgress;
        CompletedOn = null;
        ReviewComment = comment.Trim();
        SentBackOn = on;
        SentBackBy = by;
    }

    /// <summary>
    /// The KPI has sustained the intended result. Whether it has is <see cref="SustainedImprovement"/>'s verdict
    /// (or, for a plan brought in from elsewhere, <see cref="SustainVerdict.Recorded"/>), passed in so that this
    /// entity needs no measurements; a verdict that it has not refuses, with the verdict's reason.
    /// </summary>
    public void Embed(SustainVerdict verdict, DateOnly on)
    {
        EnsureLive();
        if (!CanBeEmbedded)
            throw new DomainException($"Root cause {Reference} is {StatusWords}; only an assured root cause can be embedded.");
        if (!verdict.Sustained)
            throw new DomainException($"Root cause {Reference} cannot be embedded yet: {verdict.Explanation}");
        Status = RootCauseStatus.Embedded;
        EmbeddedOn = on;
    }

    /// <summary>An assured or embedded root cause whose KPI slipped goes back into progress; the board counts these.</summary>
    public void Reopen(string reason)
    {
        EnsureLive();
        if (!CanBeReopened)
            throw new DomainException($"Root cause {Reference} is {StatusWords}; only assured or embedded root causes can be reopened.");
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("Reopening needs a reason.");
        Status = RootCauseStatus.InProgress;
        CompletedOn = null;
        AssuredOn = null;
        AssuredBy = null;
        EmbeddedOn = null;
        ReopenCount++;
        LastReopenReason = reason.Trim();
    }

    // Staying off track keeps the first day, so the ladder keeps climbing rather than starting again.
    private void SetOffTrack(bool offTrack, DateOnly on)
    {
        OffTrackSince = offTrack ? OffTrackSince ?? on : null;
        ReportedOffTrack = offTrack;
    }

    /// <summary>
    /// Refuses any change once the root cause is withdrawn from the plan. Its own methods call it; so does the app before
    /// a change that lives beside it (an action, a change request), so the rule and its words are these, once.
    /// </summary>
    public void EnsureLive()
    {
        if (IsWithdrawn) throw new DomainException($"Root cause {Reference} was withdrawn from the plan.");
    }

    // The status as people say it in a refusal ("in progress"), not the code.
    private string StatusWords => Words.For(Status).ToLowerInvariant();
}
