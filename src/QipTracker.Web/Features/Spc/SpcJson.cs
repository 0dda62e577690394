using System.Text.Json;
using System.Text.Json.Serialization;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Web.Features.Spc;

/// <summary>
/// An analysed series as both the API and the spc verb return it. The names are fixed here
/// (snake_case, whatever the host's JSON policy) and the numbers are the engine's, unrounded.
/// </summary>
public sealed record SpcJson(
    [property: JsonPropertyName("points")] IReadOnlyList<SpcJsonPoint> Points,
    [property: JsonPropertyName("variation")] string Variation,
    [property: JsonPropertyName("assurance")] string Assurance,
    [property: JsonPropertyName("trial_limits")] bool TrialLimits)
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static SpcJson From(SpcResult result) => new(
        result.Points.Select(p => new SpcJsonPoint(p.Period, p.Value, p.Mean, p.Lpl, p.Upl, Name(p.Type))).ToList(),
        Name(result.Variation), Name(result.Assurance), result.TrialLimits);

    /// <summary>An enum value as the JSON spells it: SpecialCauseImprovement → special_cause_improvement.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>The directions callers write ("increase", "decrease", "neutral"), any case.</summary>
    public static ImprovementDirection? Direction(string? text) =>
        Enum.GetValues<ImprovementDirection>().Cast<ImprovementDirection?>().FirstOrDefault(d => string.Equals(Name(d!.Value), text?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public sealed record SpcJsonPoint(
    [property: JsonPropertyName("period")] string Period,
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("mean")] decimal Mean,
    [property: JsonPropertyName("lpl")] decimal Lpl,
    [property: JsonPropertyName("upl")] decimal Upl,
    [property: JsonPropertyName("type")] string Type);
