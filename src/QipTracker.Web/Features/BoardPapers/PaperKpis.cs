using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Kpis;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>The KPIs of a paper: the icon summary of every KPI with measurements, and the high-level KPIs as small XmR charts.</summary>
internal sealed record PaperKpiSet(ValueList<KpiSummary> Summary, ValueList<SpcChart> Charts)
{
    /// <summary>High-level KPIs whose latest point is concerning special cause: what the ask and the recommendation weigh.</summary>
    public int ConcerningHighLevel => Summary.Count(k => k.RootCause is null && k.Variation is PaperVariation.ConcerningHigh or PaperVariation.ConcerningLow);
}

/// <summary>
/// The KPIs as at the month end, read the SPC way with each KPI's own settings (<see cref="KpiSpc"/>, as the KPI
/// pages read them), with the notes dated by then. Three queries whatever the number of KPIs: the KPIs with their
/// ISG and root cause, their measurements up to the month end, and their notes. KPIs with no measurement are left out.
/// </summary>
internal static class PaperKpis
{
    /// <summary>An XmR chart needs two points for a moving range; with fewer there is no variation to read.</summary>
    private const int FewestPoints = 2;

    public static async Task<PaperKpiSet> ReadAsync(QipDbContext db, IReadOnlyList<PaperIsg> isgs, DateOnly asAt, CancellationToken ct)
    {
        var kpis = await db.Kpis.AsNoTracking().Select(k => new
        {
            Kpi = k,
            RootCause = db.RootCauses.Where(RootCauseRules.Live).Where(rc => rc.KpiId == k.Id).OrderBy(rc => rc.Reference)
                .Select(rc => new { rc.Reference, rc.IsgId }).FirstOrDefault(),
        }).ToListAsync(ct);
        var values = await KpiSeries.ValuesAsync(db, kpis.Select(x => x.Kpi.Id).ToList(), asAt, ct);
        var notes = (await db.KpiAnnotations.AsNoTracking().Where(a => a.On <= asAt).OrderBy(a => a.On).ThenBy(a => a.AddedAt)
            .Select(a => new { a.KpiId, a.On, a.Text }).ToListAsync(ct)).ToLookup(a => a.KpiId);
        var isgOrder = isgs.Select((isg, i) => (isg.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var isgName = isgs.ToDictionary(i => i.Id, i => i.Name);

        var rows = new List<(KpiSummary Summary, SpcChart? Chart, int IsgOrder, int Rank, bool HighLevel)>();
        foreach (var x in kpis)
        {
            var series = values[x.Kpi.Id].ToList();
            if (series.Count == 0) continue;
            var isgId = x.Kpi.Kind == KpiKind.HighLevel ? x.Kpi.IsgId : x.RootCause?.IsgId;
            var isg = isgId is { } id && isgName.TryGetValue(id, out var name) ? name : "Trust-wide";
            var chart = KpiSpc.Analyse(x.Kpi, series);
            var row = GetSpcSummaryHandler.Row(x.Kpi, isgId, isg, series, asAt, SpcReading.Of(chart));
            var last = chart?.Points[^1];
            var summary = new KpiSummary(x.Kpi.Name, isg, row.LatestPeriodLabel ?? "", row.LatestValue!.Value, x.Kpi.Unit, row.Target,
                series.Count < FewestPoints ? PaperVariation.TooFewPoints : Of(row.Variation), Of(row.Assurance),
                x.Kpi.Code, x.Kpi.Domain, last?.Mean, last?.Lpl, last?.Upl, x.Kpi.Kind == KpiKind.RootCause ? x.RootCause?.Reference ?? "not linked" : null);
            var spc = chart is null || x.Kpi.Kind != KpiKind.HighLevel ? null : Chart(x.Kpi, isg, summary, chart, series, notes[x.Kpi.Id].Select(n => (n.On, n.Text)), asAt);
            rows.Add((summary, spc, isgId is { } i2 && isgOrder.TryGetValue(i2, out var order) ? order : int.MaxValue,
                KpiSpc.ConcernRank(row.Variation, row.Assurance), x.Kpi.Kind == KpiKind.HighLevel));
        }
        // High-level first; within each, ISG by ISG in the paper's order, concerns first, then by code.
        var ordered = rows.OrderByDescending(r => r.HighLevel).ThenBy(r => r.IsgOrder).ThenBy(r => r.Rank)
            .ThenBy(r => r.Summary.Code, StringComparer.Ordinal).ToList();
        return new PaperKpiSet(new(ordered.Select(r => r.Summary)), new(ordered.Where(r => r.Chart is not null).Select(r => r.Chart!)));
    }

    private static SpcChart Chart(Kpi kpi, string isg, KpiSummary summary, SpcResult chart, IReadOnlyList<KpiValue> series,
        IEnumerable<(DateOnly On, string Text)> notes, DateOnly asAt)
    {
        var periods = series.Select(v => v.Period).ToList();
        var numbered = notes.Select((n, i) => new KpiNote(i + 1, n.On, KpiAnnotation.PointIndex(n.On, kpi.Frequency, periods, asAt), n.Text));
        return new SpcChart(kpi.Code, kpi.Name, isg, kpi.Unit, summary.Target, summary.Variation, summary.Assurance, chart.TrialLimits,
            new(chart.Points.Select(p => new SpcChartPoint(p.Period, p.Value, p.Mean, p.Lpl, p.Upl, Kind(p.Type), p.Segment))),
            new(numbered));
    }

    private static SpcPointKind Kind(SpcPointType type) => type switch
    {
        SpcPointType.SpecialCauseImprovement => SpcPointKind.Improvement,
        SpcPointType.SpecialCauseConcern => SpcPointKind.Concern,
        SpcPointType.SpecialCauseNeutral => SpcPointKind.Neutral,
        _ => SpcPointKind.CommonCause,
    };

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
