namespace QipTracker.Domain.Plans;

/// <summary>Situation, Background, Assessment, Recommendation: the short NHS briefing format.</summary>
public sealed record Sbar(string Situation, string Background, string Assessment, string Recommendation)
{
    public static readonly Sbar Empty = new("", "", "", "");
}
