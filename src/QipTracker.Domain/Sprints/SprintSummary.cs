using QipTracker.Domain.Common;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// What the sprint-close job recorded when a sprint closed: the headline figures the chair was sent,
/// the ISG's trajectory as it stood (JSON, so later plan changes cannot rewrite it) and the trajectory
/// and burndown charts as PNG, kept for the board paper.
/// </summary>
public sealed class SprintSummary : TenantEntity
{
    public Guid SprintId { get; private set; }
    public Guid IsgId { get; private set; }
    public DateOnly ClosedOn { get; private set; }
    public int Committed { get; private set; }
    public int Delivered { get; private set; }
    public int CarriedOver { get; private set; }
    public int MissingUpdates { get; private set; }
    public int RagChanges { get; private set; }
    /// <summary>The ISG's trajectory series as at the sprint's last day, serialised.</summary>
    public string TrajectoryJson { get; private set; } = "";
    /// <summary>Root causes whose RAG changed during the sprint, serialised (reference, from, to).</summary>
    public string RagChangesJson { get; private set; } = "";
    public byte[] TrajectoryPng { get; private set; } = [];
    public byte[] BurndownPng { get; private set; } = [];

    private SprintSummary() { }

    public SprintSummary(Sprint sprint, DateOnly closedOn, int missingUpdates, int ragChanges,
        string trajectoryJson, string ragChangesJson, byte[] trajectoryPng, byte[] burndownPng) : base(sprint.TrustId)
    {
        if (sprint.State != SprintState.Closed) throw new DomainException($"Sprint {sprint.Number} is {sprint.State}; a summary is written when it closes.");
        SprintId = sprint.Id;
        IsgId = sprint.IsgId;
        ClosedOn = closedOn;
        Committed = sprint.CommittedScope.Count;
        Delivered = sprint.Delivered.Count;
        CarriedOver = sprint.CarriedForward.Count;
        MissingUpdates = missingUpdates;
        RagChanges = ragChanges;
        TrajectoryJson = trajectoryJson;
        RagChangesJson = ragChangesJson;
        TrajectoryPng = trajectoryPng;
        BurndownPng = burndownPng;
    }
}
