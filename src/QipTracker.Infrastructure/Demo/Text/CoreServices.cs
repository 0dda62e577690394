namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>A CQC core service: where in the trust it is delivered and which ISG answers for it.</summary>
internal sealed record CoreService(string Name, string Isg, double Weight, string[] Places, string[] Sites);

internal static class CoreServices
{
    public const string Maternity = "Maternity";
    public const string Uec = "Urgent & Emergency Care";
    public const string Medicine = "Medicine";
    public const string Surgery = "Surgery";
    public const string CriticalCare = "Critical Care";
    public const string EndOfLife = "End of Life Care";
    public const string Children = "Children and Young People";
    public const string Outpatients = "Outpatients";

    private static readonly string General = DemoTrustProfile.Sites[0];
    private static readonly string StAldhelms = DemoTrustProfile.Sites[1];
    private static readonly string Kingsmead = DemoTrustProfile.Sites[2];

    // Weights roughly follow where an inspection of a struggling acute trust finds most problems.
    public static readonly IReadOnlyList<CoreService> All =
    [
        new(Uec, DemoTrustProfile.UnscheduledCare, 0.20,
            ["the emergency department", "the paediatric emergency department", "the clinical decision unit", "same-day emergency care"],
            [General, StAldhelms]),
        new(Maternity, DemoTrustProfile.WomenAndChildren, 0.18,
            ["the delivery suite", "maternity triage", "the antenatal ward", "the postnatal ward", "the midwife-led birth centre"],
            [General, StAldhelms]),
        new(Medicine, DemoTrustProfile.UnscheduledCare, 0.16,
            ["the acute medical unit", "the medical wards", "the elderly care wards", "the stroke unit", "the respiratory ward"],
            [General, StAldhelms, Kingsmead]),
        new(Surgery, DemoTrustProfile.ScheduledCare, 0.12,
            ["the surgical wards", "main theatres", "the day surgery unit", "the trauma and orthopaedic ward", "the surgical assessment unit"],
            [General, StAldhelms, Kingsmead]),
        new(Children, DemoTrustProfile.WomenAndChildren, 0.08,
            ["the children's ward", "the neonatal unit", "the paediatric assessment unit"],
            [General]),
        new(CriticalCare, DemoTrustProfile.ScheduledCare, 0.07,
            ["the intensive care unit", "the high dependency unit"],
            [General, StAldhelms]),
        new(EndOfLife, DemoTrustProfile.UnscheduledCare, 0.07,
            ["end of life care services", "the specialist palliative care service"],
            [General, StAldhelms, Kingsmead]),
        new(Outpatients, DemoTrustProfile.ScheduledCare, 0.08,
            ["outpatient clinics", "the ophthalmology outpatient department", "the fracture clinic", "the minor operations suite"],
            [General, StAldhelms, Kingsmead]),
    ];

    public static CoreService Named(string name) => All.Single(s => s.Name == name);
}
