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

    /// <summary>The strategic objectives a board paper links to, as the trust's strategy names them.</summary>
    public static readonly string[] StrategicObjectives =
    [
        "Patients and families: listening to and working with our patients and families to improve healthcare",
        "Safest and kindest: our patients and staff will tell us they feel safe and received kind care",
        "Healthiest communities: working with our partners to promote healthy choices for all our communities",
        "Leadership: innovative and inspiring leadership to deliver our ambitions",
        "Our people: creating a great place to work",
    ];

    /// <summary>The risks on the trust's Board Assurance Framework.</summary>
    public static readonly string[] BafRisks =
    [
        "BAF 1: We fail to deliver the Quality Improvement Plan that answers CQC's concerns, so we cannot evidence safe, high-quality care",
        "BAF 2: Emergency department crowding harms patients waiting for assessment and admission",
        "BAF 3: We cannot recruit and keep enough registered nurses and midwives to staff our wards safely",
        "BAF 4: Governance does not give the board timely oversight of risks to patient safety",
        "BAF 5: We do not meet our financial plan without compromising the quality of care",
    ];

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
