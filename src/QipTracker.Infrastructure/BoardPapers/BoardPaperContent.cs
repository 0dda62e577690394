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
    /// <summary>The shape of this JSON; raise it when a change would stop older papers reading back.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public const int CurrentSchemaVersion = 1;

    public required CoverSheet Cover { get; init; }
    public required SituationAndBackground Situation { get; init; }
    public required Assessment Assessment { get; init; }
    public required string Recommendation { get; init; }
}
