using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Kpis;

/// <summary>A KPI of the library as pages and the API show it; targets and rebases carry their period labels.</summary>
/// <param name="RootCauseId">For a root cause's KPI, the root cause it measures (if linked yet).</param>
public sealed record KpiDto(Guid Id, string Code, string Name, string Definition, string Unit, ImprovementDirection Direction,
    KpiFrequency Frequency, string DataSource, Guid? OwnerId, string? Owner, DataQuality DataQuality, KpiKind Kind,
    Guid? IsgId, string? Isg, CqcDomain? Domain, IReadOnlyList<KpiTargetDto> Targets, IReadOnlyList<string> RebaseAt,
    int? FixLimitsAfter, bool ScreenOutliers, int SustainPeriods, Guid? RootCauseId, string? RootCauseReference, long Version)
{
    public static KpiDto From(Kpi k, string? owner, string? isg, Guid? rootCauseId, string? rootCauseReference) =>
        new(k.Id, k.Code, k.Name, k.Definition, k.Unit, k.Direction, k.Frequency, k.DataSource, k.OwnerId, owner, k.DataQuality, k.Kind,
            k.IsgId, isg, k.Domain, k.Targets.Select(t => new KpiTargetDto(KpiPeriods.Label(k.Frequency, t.From), t.From, t.Value)).ToList(),
            k.RebaseAt.Select(d => KpiPeriods.Label(k.Frequency, d)).ToList(), k.FixLimitsAfter, k.ScreenOutliers, k.SustainPeriods,
            rootCauseId, rootCauseReference, k.Version);
}

/// <param name="Value">Null: no target from this period on.</param>
public sealed record KpiTargetDto(string From, DateOnly FromDate, decimal? Value);
