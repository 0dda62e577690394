using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>The usual NHS board paper cover sheet.</summary>
public sealed record CoverSheet
{
    /// <summary>E.g. "Trust Board (Public)".</summary>
    public required string Meeting { get; init; }
    public required string PaperTitle { get; init; }
    public required DateOnly MeetingDate { get; init; }
    public required DateOnly DateWritten { get; init; }
    public required string ResponsibleDirector { get; init; }
    public required string Author { get; init; }
    /// <summary>Paragraphs separated by blank lines.</summary>
    public required string ExecutiveSummary { get; init; }
    public required BoardAsk BoardAskedTo { get; init; }
    public required ValueList<CqcDomain> LinkedCqcDomains { get; init; }
    public required ValueList<string> StrategicObjectives { get; init; }
    /// <summary>Board Assurance Framework risks the paper relates to, e.g. "BAF 3: Quality of care".</summary>
    public required ValueList<string> BafRisks { get; init; }
    public required string EqualityImpact { get; init; }
    /// <summary>Freedom of Information status, e.g. "Can be published".</summary>
    public required string FoiStatus { get; init; }
}
