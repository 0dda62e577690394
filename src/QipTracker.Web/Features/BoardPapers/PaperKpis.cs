using MediatR;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Web.Features.Kpis;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>The SPC summary of the high-level KPIs as at the month end, in the paper's terms. KPIs with no measurement yet are left out.</summary>
internal static class PaperKpis
{
    /// <summary>An XmR chart needs two points for a moving range; with fewer there is no variation to read.</summary>
    private const int FewestPoints = 2;

    public static async Task<ValueList<KpiSummary>> ReadAsync(IMediator mediator, DateOnly asAt, CancellationToken ct) =>
        new((await mediator.Send(new GetSpcSummary(null, KpiKind.HighLevel, asAt), ct))
            .Where(k => k.LatestValue is not null)
            .Select(k => new KpiSummary(k.Name, k.Isg ?? "Trust-wide",
                k.LatestPeriodLabel ?? (k.LatestPeriod is { } p ? PaperLabels.ShortDate(p) : PaperLabels.Nothing),
                k.LatestValue!.Value, k.Unit, k.Target,
                k.Points < FewestPoints ? PaperVariation.TooFewPoints : Of(k.Variation), Of(k.Assurance))));

    public static PaperVariation Of(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh => PaperVariation.ImprovingHigh,
        VariationIcon.ImprovementLow => PaperVariation.ImprovingLow,
        VariationIcon.ConcernHigh => PaperVariation.ConcerningHigh,
        VariationIcon.ConcernLow => PaperVariation.ConcerningLow,
        VariationIcon.NeutralHigh => PaperVariation.NeutralHigh,
        VariationIcon.NeutralLow => PaperVariation.NeutralLow,
        _ => PaperVariation.CommonCause,
    };

    public static PaperAssurance Of(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.ConsistentlyPasses => PaperAssurance.ConsistentlyMet,
        AssuranceIcon.ConsistentlyFails => PaperAssurance.ConsistentlyMissed,
        AssuranceIcon.HitAndMiss => PaperAssurance.HitAndMiss,
        _ => PaperAssurance.NoTarget,
    };
}
