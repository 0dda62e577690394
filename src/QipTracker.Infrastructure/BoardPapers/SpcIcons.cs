namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// A "Making Data Count" icon: drawn as the familiar ringed circle (<see cref="Letter"/> in <see cref="Stroke"/>:
/// H or L for special cause high or low, P, F or ? for assurance; a flat line for common cause), and as a
/// symbol, a label and a cell colour, so that a table reads the same in Word, in a PDF and printed in black and
/// white: blue for improvement or a target reliably met, orange for concern or a target reliably missed, grey
/// for common cause or hit and miss, purple for special cause in a KPI with no better direction.
/// </summary>
public sealed record SpcIcon(string Symbol, string Label, string Fill, string Stroke, string Letter, bool IsVariation)
{
    private const string Blue = "BDD7EE", Orange = "FAD7A0", Grey = "D9D9D9", Purple = "E4D7EC", None = "FFFFFF";
    private const string BlueInk = "289DE0", OrangeInk = "ED8B00", GreyInk = "7F7F7F", PurpleInk = "490092";

    /// <summary>The same icon always has the same key, safe as an XML id: a writer draws it once and places it wherever it appears.</summary>
    public string Key => $"{(IsVariation ? "v" : "a")}{Stroke}{Letter switch { "?" => "q", "" => "c", "–" => "n", var l => l }}";

    public static SpcIcon Of(PaperVariation variation) => variation switch
    {
        PaperVariation.CommonCause => new("●", "Common cause", Grey, GreyInk, "", true),
        PaperVariation.ImprovingHigh => new("▲", "Improving (higher)", Blue, BlueInk, "H", true),
        PaperVariation.ImprovingLow => new("▼", "Improving (lower)", Blue, BlueInk, "L", true),
        PaperVariation.ConcerningHigh => new("▲", "Concerning (higher)", Orange, OrangeInk, "H", true),
        PaperVariation.ConcerningLow => new("▼", "Concerning (lower)", Orange, OrangeInk, "L", true),
        PaperVariation.NeutralHigh => new("▲", "Special cause (higher)", Purple, PurpleInk, "H", true),
        PaperVariation.NeutralLow => new("▼", "Special cause (lower)", Purple, PurpleInk, "L", true),
        _ => new("–", "Too few points", None, GreyInk, "–", true),
    };

    public static SpcIcon Of(PaperAssurance assurance) => assurance switch
    {
        PaperAssurance.ConsistentlyMet => new("P", "Target consistently met", Blue, BlueInk, "P", false),
        PaperAssurance.ConsistentlyMissed => new("F", "Target consistently missed", Orange, OrangeInk, "F", false),
        PaperAssurance.HitAndMiss => new("?", "Hit and miss", Grey, GreyInk, "?", false),
        _ => new("–", "No target", None, GreyInk, "–", false),
    };
}
