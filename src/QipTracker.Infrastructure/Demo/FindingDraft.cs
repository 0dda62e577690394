using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;

namespace QipTracker.Infrastructure.Demo;

/// <summary>A finding as planned, before it becomes an entity; keeps the theme and place the plan is written from.</summary>
internal sealed class FindingDraft
{
    public required FindingKind Kind { get; init; }
    public required string Text { get; init; }
    public required Theme Theme { get; init; }
    /// <summary>The root causes typical of this finding; the theme adds general ones.</summary>
    public required IReadOnlyList<CauseText> Causes { get; init; }
    public required string Isg { get; init; }
    public required CqcDomain Domain { get; init; }
    public required string Regulation { get; init; }
    public required string Source { get; init; }
    public string? Service { get; init; }
    public string? Site { get; init; }
    /// <summary>Where the problem is, for root-cause wording; null for trust-wide findings.</summary>
    public string? Place { get; init; }
    public bool SafetyUrgent { get; init; }
    public string? Kloe { get; init; }
    public string? Prompt { get; init; }
    public bool FromInspection { get; init; } = true;
    public string Reference { get; set; } = "";
    public Finding? Entity { get; set; }
}
