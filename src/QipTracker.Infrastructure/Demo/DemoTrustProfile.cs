using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Demo;

/// <summary>The invented acute trust the demo runs on. Names and codes are fictional; the email domain is reserved (.example).</summary>
internal static class DemoTrustProfile
{
    public const string Name = "Northbridge University Hospitals NHS Foundation Trust";
    public const string OdsCode = "R9N";
    public const string EmailDomain = "northbridge.example";
    public const string SystemAdminEmail = "sysadmin@qiptracker.example";
    public const int PopulationServed = 640_000;
    public const string ImprovementDirector = "Helen Marsh (NHS England Improvement Director)";

    public static readonly string[] Sites = ["Northbridge General Hospital", "St Aldhelm's Hospital", "Kingsmead Community Hospital"];
    public static readonly string[] BuddyTrusts = ["Westmoor Teaching Hospitals NHS Foundation Trust"];

    public const string WomenAndChildren = "Women's & Children's";
    public const string UnscheduledCare = "Unscheduled Care";
    public const string ScheduledCare = "Scheduled Care";
    public const string Workforce = "Workforce";
    public const string WellLed = "Well-led";

    public static readonly IReadOnlyList<(string Name, ReportingCadence Cadence)> Isgs =
    [
        (WomenAndChildren, ReportingCadence.Fortnightly),
        (UnscheduledCare, ReportingCadence.Fortnightly),
        (ScheduledCare, ReportingCadence.Fortnightly),
        (Workforce, ReportingCadence.Fortnightly),
        (WellLed, ReportingCadence.Monthly),
    ];

    public static string Email(string localPart) => $"{localPart}@{EmailDomain}";
}
