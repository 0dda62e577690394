using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using QipTracker.Web.Security;

namespace QipTracker.Web.Jobs;

/// <summary>
/// The /hangfire dashboard triggers and deletes jobs for every trust at once, so it is the platform's SystemAdmin's
/// alone, signed in with the browser cookie (never with an API token). Trust admins run their own trust's jobs from
/// Admin → Recurring jobs. Checked twice: the endpoint's policy (cookie scheme only) and Hangfire's own filter.
/// </summary>
public sealed class HangfireDashboardAuthorization : IDashboardAuthorizationFilter
{
    public static AuthorizationPolicy Policy { get; } = new AuthorizationPolicyBuilder(IdentityConstants.ApplicationScheme)
        .RequireAuthenticatedUser()
        .RequireClaim(QipClaims.SystemAdmin, "true")
        .Build();

    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity is { IsAuthenticated: true, AuthenticationType: var scheme }
               && scheme == IdentityConstants.ApplicationScheme
               && user.IsSystemAdmin()
               && !user.SignedInWithApiToken();
    }
}
