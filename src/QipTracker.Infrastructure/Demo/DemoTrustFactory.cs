using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo.Text;
using static QipTracker.Infrastructure.Demo.Text.CoreServices;

namespace QipTracker.Infrastructure.Demo;

/// <summary>The trust's profile, regime history and the inspections behind its plan.</summary>
internal static class DemoTrustFactory
{
    public static Trust Trust(DateTimeOffset now)
    {
        var trust = new Trust(DemoTrustProfile.Name, DemoTrustProfile.OdsCode, TrustType.Acute, now);
        trust.DescribeProfile(DemoTrustProfile.Sites, DemoTrustProfile.PopulationServed, DemoTrustProfile.ImprovementDirector,
            DemoTrustProfile.BuddyTrusts);
        trust.SetPaperLists(DemoTrustProfile.StrategicObjectives, DemoTrustProfile.BafRisks);
        return trust;
    }

    /// <summary>A spell as a challenged provider that ended when the trust entered Special Measures for Quality.</summary>
    public static IReadOnlyList<RegimePeriod> Regimes(Guid trustId, DemoCalendar calendar) =>
    [
        new(trustId, Regime.ChallengedProvider, DemoCalendar.WorkingDay(calendar.Today.AddMonths(-30)), calendar.SpecialMeasuresOn),
        new(trustId, Regime.SpecialMeasuresQuality, calendar.SpecialMeasuresOn),
    ];

    /// <summary>The inspection three years ago, for the rating history: Requires improvement.</summary>
    public static Inspection PreviousInspection(Guid trustId, DemoCalendar calendar)
    {
        var started = DemoCalendar.WorkingDay(calendar.Today.AddMonths(-40));
        var inspection = new Inspection(trustId, "Comprehensive inspection", started, started.AddDays(2));
        inspection.Publish(DemoCalendar.WorkingDay(started.AddMonths(3)), Rating.RequiresImprovement,
        [
            new(CqcDomain.Safe, Rating.RequiresImprovement),
            new(CqcDomain.Effective, Rating.RequiresImprovement),
            new(CqcDomain.Caring, Rating.Good),
            new(CqcDomain.Responsive, Rating.RequiresImprovement),
            new(CqcDomain.WellLed, Rating.RequiresImprovement),
        ]);
        return inspection;
    }

    /// <summary>The inspection the plan answers: Inadequate overall, with a Section 31 and a Section 29A notice.</summary>
    public static Inspection CurrentInspection(Guid trustId, DemoCalendar calendar)
    {
        var general = DemoTrustProfile.Sites[0];
        var stAldhelms = DemoTrustProfile.Sites[1];
        var inspection = new Inspection(trustId, "Unannounced core services and well-led inspection",
            calendar.InspectionStart, calendar.InspectionEnd);
        inspection.Publish(calendar.PublishedOn, Rating.Inadequate,
        [
            new(CqcDomain.Safe, Rating.Inadequate),
            new(CqcDomain.Effective, Rating.RequiresImprovement),
            new(CqcDomain.Caring, Rating.Good),
            new(CqcDomain.Responsive, Rating.RequiresImprovement),
            new(CqcDomain.WellLed, Rating.Inadequate),
            new(CqcDomain.Safe, Rating.Inadequate, Maternity, general),
            new(CqcDomain.WellLed, Rating.Inadequate, Maternity, general),
            new(CqcDomain.Safe, Rating.Inadequate, Uec, general),
            new(CqcDomain.Responsive, Rating.Inadequate, Uec, general),
            new(CqcDomain.WellLed, Rating.RequiresImprovement, Uec, general),
            new(CqcDomain.Safe, Rating.RequiresImprovement, Medicine, general),
            new(CqcDomain.Caring, Rating.Good, Medicine, general),
            new(CqcDomain.Safe, Rating.RequiresImprovement, Surgery, stAldhelms),
            new(CqcDomain.Effective, Rating.Good, Surgery, stAldhelms),
            new(CqcDomain.Safe, Rating.Good, CriticalCare, general),
        ]);
        inspection.RecordNotice(new EnforcementNotice(NoticeKind.Section31Conditions, calendar.Section31On, NoticeRequirements.Section31Summary));
        inspection.RecordNotice(new EnforcementNotice(NoticeKind.Section29AWarning, calendar.Section29AOn, NoticeRequirements.Section29ASummary));
        return inspection;
    }
}
