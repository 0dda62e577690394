using QipTracker.Domain.Kpis.Spc;

namespace QipTracker.Domain.Kpis;

/// <summary>Whether a root cause's KPI shows its fix worked, and why or why not, in words a chair can repeat.</summary>
public sealed record SustainVerdict(bool Sustained, string Explanation)
{
    /// <summary>
    /// A plan kept elsewhere already records the root cause as embedded (an imported plan, the demo's history):
    /// the judgement was made there, and <paramref name="where"/> says so in the audit of what was believed.
    /// </summary>
    public static SustainVerdict Recorded(string where) => new(true, $"it is recorded as embedded in {where}.");
}

/// <summary>
/// The rule for marking a root cause Embedded. The chart is the KPI's whole series (the limits may rest on the
/// months before the fix). "After completion" means the periods that start after the one the root cause was
/// completed in (that period is only partly after the fix). Sustained means all of:
/// <list type="number">
/// <item>at least <see cref="Kpi.SustainPeriods"/> (N) measured periods after completion;</item>
/// <item>each of the last N points is a special cause in the improving direction, or is common cause while the
/// assurance icon says the process consistently passes the target (within limits that all pass it).</item>
/// </list>
/// A concern special cause, or common cause without consistently passing, among the last N points means not yet.
/// A neutral KPI has no improving direction and no assurance, so it can never show a sustained improvement.
/// </summary>
public static class SustainedImprovement
{
    public static SustainVerdict Judge(Kpi kpi, IReadOnlyList<KpiValue> values, DateOnly completedOn)
    {
        var n = kpi.SustainPeriods;
        var firstAfter = KpiPeriods.Next(kpi.Frequency, KpiPeriods.PeriodContaining(kpi.Frequency, completedOn));
        var after = values.Count(v => v.Period >= firstAfter);
        if (kpi.Direction == ImprovementDirection.Neutral)
            return new(false, $"its KPI {kpi.Code} is neutral (neither higher nor lower is better), so it cannot show an improvement; link a KPI with a direction.");
        if (after < n)
            return new(false, $"its KPI {kpi.Code} has {after} of the {n} periods after completion (from {KpiPeriods.Label(kpi.Frequency, firstAfter)}) that the improvement must hold for.");
        if (KpiSpc.Analyse(kpi, values) is not { } chart)
            return new(false, $"its KPI {kpi.Code} has {values.Count} measurement; its chart needs at least 2.");
        var last = chart.Points.TakeLast(n).ToList();
        var passes = chart.Assurance == AssuranceIcon.ConsistentlyPasses;
        var failing = last.Where(p => !(p.Type == SpcPointType.SpecialCauseImprovement || (passes && p.Type == SpcPointType.CommonCause))).ToList();
        var periods = $"{last[0].Period} to {last[^1].Period}";
        if (failing.Count == 0)
            return new(true, $"its KPI {kpi.Code} has held the improvement for the last {n} periods since completion ({periods}): " +
                (last.All(p => p.Type == SpcPointType.SpecialCauseImprovement) ? "each is special-cause improvement." : "each is improvement or within limits that consistently pass the target."));
        return new(false, $"its KPI {kpi.Code} has not held the improvement for the last {n} periods ({periods}): " +
            string.Join("; ", failing.Select(p => $"{p.Period} is {Describe(p.Type)}")) +
            (passes ? "." : ", and the process does not consistently pass its target."));
    }

    private static string Describe(SpcPointType type) => type switch
    {
        SpcPointType.SpecialCauseConcern => "a special cause of concern",
        SpcPointType.SpecialCauseNeutral => "a neutral special cause",
        SpcPointType.SpecialCauseImprovement => "special-cause improvement",
        _ => "common-cause variation",
    };
}
