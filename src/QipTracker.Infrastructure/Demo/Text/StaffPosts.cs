using static QipTracker.Infrastructure.Demo.DemoTrustProfile;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// The ~30 people behind the role logins. Chairs and executives of the ISGs the role logins do not
/// cover are here; everyone else owns root causes in their ISG.
/// </summary>
internal static class StaffPosts
{
    public static readonly IReadOnlyList<StaffPost> All =
    [
        new("Chief Executive", WellLed, StaffKind.Executive),
        new("Chief Operating Officer", ScheduledCare, StaffKind.Executive),
        new("Chief People Officer", Workforce, StaffKind.Executive),

        new("Director of Midwifery", WomenAndChildren, StaffKind.Chair),
        new("Divisional Director, Surgery and Critical Care", ScheduledCare, StaffKind.Chair, Doctor: true),
        new("Deputy Chief People Officer", Workforce, StaffKind.Chair),
        new("Director of Corporate Governance", WellLed, StaffKind.Chair),

        new("Head of Midwifery", WomenAndChildren, StaffKind.Owner),
        new("Matron, Delivery Suite", WomenAndChildren, StaffKind.Owner),
        new("Consultant Obstetrician and Maternity Safety Champion", WomenAndChildren, StaffKind.Owner, Doctor: true),
        new("Matron, Children's Services", WomenAndChildren, StaffKind.Owner),
        new("Named Nurse for Safeguarding Children", WomenAndChildren, StaffKind.Owner),

        new("Clinical Lead, Emergency Medicine", UnscheduledCare, StaffKind.Owner, Doctor: true),
        new("Matron, Acute Medical Unit", UnscheduledCare, StaffKind.Owner),
        new("Lead Nurse, End of Life and Palliative Care", UnscheduledCare, StaffKind.Owner),
        new("Head of Patient Flow", UnscheduledCare, StaffKind.Owner),
        new("Deputy Chief Pharmacist", UnscheduledCare, StaffKind.Owner),

        new("Matron, Surgical Wards", ScheduledCare, StaffKind.Owner),
        new("Theatres Manager", ScheduledCare, StaffKind.Owner),
        new("Lead Nurse, Critical Care", ScheduledCare, StaffKind.Owner),
        new("Outpatients Service Manager", ScheduledCare, StaffKind.Owner),
        new("Head of Infection Prevention and Control", ScheduledCare, StaffKind.Owner),

        new("Head of Education and Training", Workforce, StaffKind.Owner),
        new("Deputy Director of Nursing, Workforce", Workforce, StaffKind.Owner),
        new("Medical Workforce Manager", Workforce, StaffKind.Owner),
        new("Head of Occupational Health and Wellbeing", Workforce, StaffKind.Owner),

        new("Medical Director", WellLed, StaffKind.Owner, Doctor: true),
        new("Head of Risk and Patient Safety", WellLed, StaffKind.Owner),
        new("Head of Information Governance", WellLed, StaffKind.Owner),
        new("Freedom to Speak Up Guardian", WellLed, StaffKind.Owner),
        new("Head of Patient Experience", WellLed, StaffKind.Owner),
    ];
}
