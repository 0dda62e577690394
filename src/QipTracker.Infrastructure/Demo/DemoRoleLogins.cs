using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Demo;

internal sealed record RoleLoginSpec(TrustRole Role, string Email, string DisplayName, string JobTitle);

/// <summary>
/// One memorable login per trust role, wired into the plan: the owner owns Unscheduled Care root causes,
/// the chair chairs that ISG and the executive is accountable for it, so the escalation ladder is walkable.
/// </summary>
internal static class DemoRoleLogins
{
    public static readonly IReadOnlyList<RoleLoginSpec> All =
    [
        new(TrustRole.RootCauseOwner, DemoTrustProfile.Email("owner"), "Sarah Okafor", "Matron, Emergency Department"),
        new(TrustRole.IsgChair, DemoTrustProfile.Email("chair"), "Dr James Whitfield", "Divisional Director, Medicine and Emergency Care"),
        new(TrustRole.AccountableExecutive, DemoTrustProfile.Email("exec"), "Fiona McAllister", "Chief Nurse"),
        new(TrustRole.Pmo, DemoTrustProfile.Email("pmo"), "Daniel Price", "Head of Quality Improvement PMO"),
        new(TrustRole.BoardMember, DemoTrustProfile.Email("board"), "Margaret Ellison", "Non-executive Director and Chair of the Quality Committee"),
        new(TrustRole.TrustAdmin, DemoTrustProfile.Email("admin"), "Tom Hughes", "Clinical Systems Administrator"),
    ];

    public const string SystemAdminName = "Platform Administrator";
    public const string SystemAdminTitle = "QipTracker support";

    public static IEnumerable<string> Emails => All.Select(l => l.Email).Append(DemoTrustProfile.SystemAdminEmail);
}
