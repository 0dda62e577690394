using System.Globalization;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// The demo trust's KPIs: high-level KPIs for each ISG, tagged to CQC domains — four on real NHS A&E series
/// (Data/README.md), moved in time so their last month is last month — and a KPI for a handful of assured root
/// causes whose values show a sustained improvement after completion (so the chair can mark them embedded),
/// plus one whose latest value is a special cause of concern (flagged for reopening on its ISG's page).
/// </summary>
internal sealed class DemoKpiWriter(Guid trustId, DemoCalendar calendar)
{
    private readonly DateOnly _lastMonth = KpiPeriods.PeriodContaining(KpiFrequency.Monthly, calendar.Today).AddMonths(-1);

    public List<Kpi> Kpis { get; } = [];
    public List<KpiMeasurement> Measurements { get; } = [];
    public List<KpiAnnotation> Annotations { get; } = [];

    public void Write(IReadOnlyDictionary<string, ImprovementSteeringGroup> isgs, IReadOnlyList<RootCause> rootCauses)
    {
        var (wc, uc, sc) = (isgs[DemoTrustProfile.WomenAndChildren].Id, isgs[DemoTrustProfile.UnscheduledCare].Id, isgs[DemoTrustProfile.ScheduledCare].Id);
        HighLevel("ED-4H", "ED 4-hour performance (type 1)", "%", ImprovementDirection.Increase, uc, CqcDomain.Responsive, 95, Real("england_t1_perf_pct_2016_19"));
        HighLevel("ED-BREACH", "ED 4-hour breaches (type 1)", "patients", ImprovementDirection.Decrease, uc, CqcDomain.Safe, null, Real("rgr_t1_breaches_2017_19"));
        HighLevel("PED-BREACH", "Children's ED: patients breaching 4 hours", "%", ImprovementDirection.Decrease, wc, CqcDomain.Responsive, 5, Real("rcu_t1_breach_pct_2017_19"));
        HighLevel("ADM-BREACH", "Trolley waits over 4 hours from decision to admit", "patients", ImprovementDirection.Decrease, sc, CqcDomain.Responsive, null, Real("rqm_t1_breaches_2016_18"));
        // No public series fits these two: a steady process that steps up after the QIP started, and one that hovers about its target.
        var training = HighLevel("MAND-TRAIN", "Mandatory training compliance", "%", ImprovementDirection.Increase, isgs[DemoTrustProfile.Workforce].Id, CqcDomain.WellLed, 90,
            Enumerable.Range(0, 24).Select(i => (i < 16 ? 81m : 89m) + Wiggle(i)).ToList());
        // What changed, dated, as a PMO would note it on the KPI page: drawn on the chart there and in the board paper.
        Note(training, _lastMonth.AddMonths(-7).AddDays(13), "Protected time for e-learning on every ward rota");
        Note(Kpis.Single(k => k.Code == "ED-4H"), _lastMonth.AddMonths(-4).AddDays(6), "Streaming nurse at the front door from 8am to midnight");
        HighLevel("SI-48H", "Serious incidents declared within 2 working days", "%", ImprovementDirection.Increase, isgs[DemoTrustProfile.WellLed].Id, CqcDomain.WellLed, 95,
            Enumerable.Range(0, 18).Select(i => 93m + Wiggle(i) * 1.5m).ToList());
        RootCauseKpis(rootCauses);
    }

    private void RootCauseKpis(IReadOnlyList<RootCause> rootCauses)
    {
        // Assured long enough ago for three full months after the month of completion.
        var assured = rootCauses.Where(r => r.Status == RootCauseStatus.Assured && r.CompletedOn is not null && r.KpiId is null)
            .OrderBy(r => r.CompletedOn).ThenBy(r => r.Reference, StringComparer.Ordinal).ToList();
        var sustained = assured.Where(r => MonthsAfter(r) >= Kpi.DefaultSustainPeriods).Take(5).ToList();
        foreach (var (rc, i) in sustained.Select((rc, i) => (rc, i)))
            RootCauseKpi(rc, i, slipped: i == sustained.Count - 1 && sustained.Count > 1);
    }

    // Nine months around 63% before the fix, about 85% after; a slipped one falls to 30% last month.
    private void RootCauseKpi(RootCause rc, int index, bool slipped)
    {
        var completedMonth = KpiPeriods.PeriodContaining(KpiFrequency.Monthly, rc.CompletedOn!.Value);
        var first = completedMonth.AddMonths(-8);
        var values = new List<decimal>();
        for (var month = first; month <= _lastMonth; month = month.AddMonths(1))
            values.Add((month <= completedMonth ? 63m : 85m) + Wiggle(values.Count + index) * 1.5m);
        if (slipped) values[^1] = 30m;
        var kpi = new Kpi(trustId, $"{rc.Reference}-KPI", $"{rc.Reference}: audited compliance with the new process", KpiKind.RootCause,
            ImprovementDirection.Increase, KpiFrequency.Monthly);
        kpi.Describe(kpi.Name, "Share of sampled records or checks that follow the changed process, from the monthly audit.", "%", "Monthly ward audit");
        kpi.Assign(rc.OwnerId, DataQuality.Sufficient);
        kpi.SetTarget(first, 80);
        rc.LinkKpi(kpi.Id);
        Add(kpi, first, values);
    }

    private int MonthsAfter(RootCause rc) =>
        (_lastMonth.Year - rc.CompletedOn!.Value.Year) * 12 + _lastMonth.Month - rc.CompletedOn.Value.Month;

    private void Note(Kpi kpi, DateOnly on, string text) =>
        Annotations.Add(new KpiAnnotation(trustId, kpi.Id, on, text, null, calendar.Now));

    private Kpi HighLevel(string code, string name, string unit, ImprovementDirection direction, Guid isgId, CqcDomain domain, decimal? target, List<decimal> values)
    {
        var kpi = new Kpi(trustId, code, name, KpiKind.HighLevel, direction, KpiFrequency.Monthly);
        kpi.Describe(name, $"{name}, monthly.", unit, "Secondary Uses Service (SUS) and NHS England A&E statistics");
        kpi.Assign(null, DataQuality.Sufficient);
        kpi.Place(isgId, domain);
        var first = _lastMonth.AddMonths(1 - values.Count);
        if (target is not null) kpi.SetTarget(first, target);
        Add(kpi, first, values);
        return kpi;
    }

    private void Add(Kpi kpi, DateOnly first, List<decimal> values)
    {
        Kpis.Add(kpi);
        for (var i = 0; i < values.Count; i++)
            Measurements.Add(new KpiMeasurement(trustId, kpi.Id, first.AddMonths(i), values[i], null, MeasurementSource.Csv, null, calendar.Now));
    }

    // A small, repeatable month-to-month variation: -2 … +2.
    private static decimal Wiggle(int i) => (i * 7 % 5) - 2;

    private static List<decimal> Real(string name)
    {
        using var stream = typeof(DemoKpiWriter).Assembly.GetManifestResourceStream($"Demo.{name}.csv")
                           ?? throw new InvalidOperationException($"The demo series {name}.csv is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1)
            .Select(line => decimal.Parse(line.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
    }
}
