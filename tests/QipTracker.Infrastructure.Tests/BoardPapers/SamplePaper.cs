using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>
/// A month's paper as a PMO would generate it for a trust in its first year after inspection:
/// three ISGs (one with nothing planned yet), an enforcement notice, exceptions and KPIs.
/// Every figure is distinct, so a test can find it in the document.
/// </summary>
public static class SamplePaper
{
    public static readonly DateOnly AsAt = new(2026, 10, 31);

    public static BoardPaperContent Build() => new()
    {
        Cover = new CoverSheet
        {
            Meeting = "Trust Board (Public)",
            PaperTitle = "Quality Improvement Plan: monthly progress report",
            MeetingDate = new DateOnly(2026, 11, 26),
            DateWritten = new DateOnly(2026, 11, 12),
            ResponsibleDirector = "Dr Amara Okafor, Chief Nurse",
            Author = "Gareth Lloyd, Head of PMO",
            ExecutiveSummary = "Delivery stands at 74.6% of trajectory at the end of October.\n\nMaternity triage remains the main risk; a recovery plan is in place.",
            BoardAskedTo = BoardAsk.TakeAssurance,
            LinkedCqcDomains = [CqcDomain.Safe, CqcDomain.Responsive, CqcDomain.WellLed],
            StrategicObjectives = ["SO1 Safe, high-quality care", "SO4 A well-led organisation"],
            BafRisks = ["BAF 3: Failure to meet CQC fundamental standards"],
            EqualityImpact = "No adverse equality impact identified",
            FoiStatus = "Can be published",
        },
        Situation = new SituationAndBackground
        {
            TrustName = "Northbridge Hospitals NHS Foundation Trust",
            InspectionDate = new DateOnly(2026, 3, 10),
            ReportPublished = new DateOnly(2026, 5, 20),
            OverallRating = Rating.RequiresImprovement,
            DomainRatings =
            [
                new(CqcDomain.Safe, Rating.Inadequate), new(CqcDomain.Effective, Rating.RequiresImprovement),
                new(CqcDomain.Caring, Rating.Good), new(CqcDomain.Responsive, Rating.RequiresImprovement),
                new(CqcDomain.WellLed, Rating.RequiresImprovement),
            ],
            MustDoFindings = 21,
            ShouldDoFindings = 13,
            EnforcementNotices = [new(NoticeKind.Section29AWarning, new DateOnly(2026, 3, 24), "Significant improvement in maternity triage by 30 June 2026")],
            Isgs =
            [
                new("Unscheduled Care", "Dr Priya Raman", ReportingCadence.Fortnightly),
                new("Women's & Children's", "Helen Marsh", ReportingCadence.Fortnightly),
                new("Well-led", "Sir Tom Ellis", ReportingCadence.Monthly),
            ],
        },
        Assessment = new Assessment
        {
            AsAt = AsAt,
            MustDoChart = Chart("Must Do root causes: completed against trajectory", [4, 11, 19, 28, 36, 44, 52, 58, 63, 66], [3, 9, 16, 24, 29], [29, 37, 45, 53, 59, 66]),
            ShouldDoChart = Chart("Should Do root causes: completed against trajectory", [2, 5, 9, 14, 18, 24, 30, 34, 38, 40], [2, 5, 9, 13, 18], [18, 23, 28, 33, 37, 40]),
            Isgs =
            [
                Isg("Unscheduled Care", new(14, 48, 30, 40, 75.0m), "ED handover delays fell for the third month.\n\nTwo root causes were closed with audit evidence."),
                Isg("Women's & Children's", new(11, 37, 17, 23, 73.9m), "Maternity triage staffing remains the main risk; the recovery plan is with the ECIB."),
                Isg("Well-led", new(9, 21, 0, 0, null), "Governance review under way; the first root causes fall due in December."),
            ],
            Total = new(34, 106, 47, 63, 74.6m),
            WellLedPlan =
            [
                new("W1", "Leadership capacity and capability", "Board development session held", "Board effectiveness survey", "Appoint substantive Chief Operating Officer"),
                new("W4", "Governance and management", "Committee terms of reference revised", "Committee effectiveness reviews", "New quality governance structure from January"),
            ],
            Kpis =
            [
                new("ED 4-hour performance", "Unscheduled Care", "Oct 2026", 71.3m, "%", 78m, PaperVariation.ImprovingHigh, PaperAssurance.HitAndMiss),
                new("Maternity triage within 15 minutes", "Women's & Children's", "Oct 2026", 62.5m, "%", 95m, PaperVariation.ConcerningLow, PaperAssurance.ConsistentlyMissed),
                new("Mandatory training compliance", "Well-led", "Oct 2026", 91.2m, "%", 90m, PaperVariation.CommonCause, PaperAssurance.ConsistentlyMet),
            ],
            Exceptions =
            [
                new("RC-117", "Triage acuity tool not in use on all shifts", "Helen Marsh", new DateOnly(2026, 9, 30), 31, "Agency triage midwives booked; tool rolled out by 30 November", EscalationLevel.Ecib),
                new("RC-042", "ED streaming policy not ratified", "Dr Priya Raman", new DateOnly(2026, 11, 15), 0, "Policy to Clinical Policy Group on 18 November", null),
            ],
            ChangesApproved = [new("CR-009", ChangeKind.NewDueDate, "RC-088 due date moved from 31 Oct to 31 Dec 2026 (estates works)", new DateOnly(2026, 10, 14), "ECIB")],
        },
        Recommendation = "The Board is asked to take assurance from the progress against trajectory and the recovery plans for the exceptions.",
    };

    private static IsgProgress Isg(string name, DeliveryFigures figures, string commentary) => new()
    {
        Isg = name,
        Figures = figures,
        Chart = IsgChart(name, figures),
        Commentary = commentary,
    };

    /// <summary>An even ramp through the ISG's as-at figures (the fifth month) to all its root causes by January.</summary>
    private static TrajectoryChart IsgChart(string name, DeliveryFigures f)
    {
        int Share(int total, int month, int of) => (int)Math.Round((decimal)total * month / of, MidpointRounding.AwayFromZero);
        var planned = Enumerable.Range(1, 8).Select(m => m <= 5 ? Share(f.Planned, m, 5) : f.Planned + Share(f.RootCausesIdentified - f.Planned, m - 5, 3)).ToArray();
        var completed = Enumerable.Range(1, 5).Select(m => Share(f.Completed, m, 5)).ToArray();
        var forecast = Enumerable.Range(0, 4).Select(m => f.Completed + Share(f.RootCausesIdentified - f.Completed, m, 3)).ToArray();
        return Chart($"{name}: root causes completed against trajectory", planned, completed, forecast);
    }

    /// <summary>Month ends from June 2026, completed known up to the as-at month (October), forecast from there on.</summary>
    private static TrajectoryChart Chart(string title, int[] planned, int[] completed, int[] forecastFromAsAt)
    {
        var start = new DateOnly(2026, 6, 30);
        var points = planned.Select((p, i) =>
        {
            var end = new DateOnly(start.AddMonths(i).Year, start.AddMonths(i).Month, 1).AddMonths(1).AddDays(-1);
            int? done = i < completed.Length ? completed[i] : null;
            var forecast = i < completed.Length - 1 ? completed[i] : forecastFromAsAt[Math.Min(i - completed.Length + 1, forecastFromAsAt.Length - 1)];
            return new ChartPoint(end, p, done, forecast);
        });
        return new TrajectoryChart(title, AsAt, [.. points]);
    }
}
