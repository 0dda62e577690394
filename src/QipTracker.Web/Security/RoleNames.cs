using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Security;

/// <summary>How roles read to people.</summary>
public static class RoleNames
{
    public static string Describe(TrustRole role) => role switch
    {
        TrustRole.RootCauseOwner => "Root-cause owner",
        TrustRole.IsgChair => "ISG chair",
        TrustRole.AccountableExecutive => "Accountable executive",
        TrustRole.Pmo => "PMO",
        TrustRole.BoardMember => "Board member",
        TrustRole.TrustAdmin => "Trust administrator",
        _ => role.ToString(),
    };
}
