using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The usual NHS board paper cover sheet. The members without <c>required</c> came with schema 2 (null in a
/// paper frozen before).
/// </summary>
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
    /// <summary>E.g. "Executive Continuous Improvement Board; Quality and Safety Committee".</summary>
    public string? PreviouslyConsideredBy { get; init; }
    /// <summary>The PMO's choice of the four options.</summary>
    public required BoardAsk BoardAskedTo { get; init; }
    /// <summary>Why the board is asked that: drafted from the data, edited by the PMO.</summary>
    public string? AskReason { get; init; }
    public required ValueList<CqcDomain> LinkedCqcDomains { get; init; }
    /// <summary>The objectives the paper supports (chosen ones only in schema 1).</summary>
    public required ValueList<string> StrategicObjectives { get; init; }
    /// <summary>Every objective on the trust's list, ticked or not, as the form prints them (schema 2).</summary>
    public ValueList<Choice>? ObjectiveChoices { get; init; }
    /// <summary>Board Assurance Framework risks the paper relates to, e.g. "BAF 3: Quality of care".</summary>
    public required ValueList<string> BafRisks { get; init; }
    public EqualityImpactStage? EqualityStage { get; init; }
    public required string EqualityImpact { get; init; }
    /// <summary>Freedom of Information status, e.g. "Can be published".</summary>
    public required string FoiStatus { get; init; }
}

/// <summary>An option of a form, ticked or not.</summary>
public sealed record Choice(string Text, bool Chosen);
