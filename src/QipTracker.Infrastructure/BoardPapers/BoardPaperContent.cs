using QipTracker.Domain.BoardPapers;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Everything a monthly QIP board paper (and the partner pack made from the same data) shows,
/// frozen at generation time: the paper is stored as this JSON next to its DOCX and PDF, so that
/// what the board saw can be reproduced. Every figure in the document comes from here — the
/// writers compute nothing but layout — and charts are kept as data, not pictures, so that they
/// can be drawn again.
/// </summary>
public sealed record BoardPaperContent
{
    /// <summary>
    /// The shape of this JSON; raise it when a change would stop older papers reading back. Schema 2 added the
    /// Must Do / Should Do split, month on month, the findings reconciliation, the honest ask, KPI charts, the
    /// Well-led plan by KLOE, the exceptions summary and the sprint burndowns; a schema 1 paper still reads and
    /// is laid out with what it has.
    /// </summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public const int CurrentSchemaVersion = 2;

    public required CoverSheet Cover { get; init; }
    public required SituationAndBackground Situation { get; init; }
    public required Assessment Assessment { get; init; }
    /// <summary>Schema 1: the recommendation as text. Schema 2: the line before the items ("The Trust Board is asked to:").</summary>
    public required string Recommendation { get; init; }
    /// <summary>The recommendation as the real paper writes it: a list of Note / Approve items (schema 2).</summary>
    public ValueList<RecommendationItem>? RecommendationItems { get; init; }
}
