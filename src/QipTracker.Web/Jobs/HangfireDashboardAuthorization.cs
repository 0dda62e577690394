using Hangfire.Dashboard;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Security;

namespace QipTracker.Web.Jobs;

/// <summary>The /hangfire dashboard is for SystemAdmins and TrustAdmins only.</summary>
public sealed class HangfireDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true
               && (user.IsSystemAdmin() || user.TrustRoles().Contains(TrustRole.TrustAdmin));
    }
}
