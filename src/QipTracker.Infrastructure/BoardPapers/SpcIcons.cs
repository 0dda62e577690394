namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The "Making Data Count" icons as a symbol, a label and a cell colour, so that a table cell reads
/// the same in Word, in a PDF and printed in black and white: blue for improvement or a target
/// reliably met, orange for concern or a target reliably missed, grey for common cause or hit and miss,
/// purple for special cause in a KPI with no better direction.
/// </summary>
public sealed record SpcIcon(string Symbol, string Label, string Fill)
{
    private const string Blue = "BDD7EE", Orange = "FAD7A0", Grey = "D9D9D9", Purple = "E4D7EC", None = "FFFFFF";

    public static SpcIcon Of(PaperVariation variation) => variation switch
    {
        PaperVariation.CommonCause => new("●", "Common cause", Grey),
        PaperVariation.ImprovingHigh => new("▲", "Improving (higher)", Blue),
        PaperVariation.ImprovingLow => new("▼", "Improving (lower)", Blue),
        PaperVariation.ConcerningHigh => new("▲", "Concerning (higher)", Orange),
        PaperVariation.ConcerningLow => new("▼", "Concerning (lower)", Orange),
        PaperVariation.NeutralHigh => new("▲", "Special cause (higher)", Purple),
        PaperVariation.NeutralLow => new("▼", "Special cause (lower)", Purple),
        _ => new("–", "Too few points", None),
    };

    public static SpcIcon Of(PaperAssurance assurance) => assurance switch
    {
        PaperAssurance.ConsistentlyMet => new("P", "Target consistently met", Blue),
        PaperAssurance.ConsistentlyMissed => new("F", "Target consistently missed", Orange),
        PaperAssurance.HitAndMiss => new("?", "Hit and miss", Grey),
        _ => new("–", "No target", None),
    };
}
