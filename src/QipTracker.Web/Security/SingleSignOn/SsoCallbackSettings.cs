using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.SingleSignOn;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// Before authentication runs: when the request is a provider's answer (/account/sso/callback/{trust}), loads that
/// trust's settings so the handler reads the answer with that trust's provider, client and keys.
/// </summary>
public sealed class SsoCallbackSettings(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, QipDbContext db)
    {
        if (SingleSignOnPaths.TrustInCallback(http.Request.Path) is { } trustId)
        {
            // Across trusts on purpose: nobody is signed in yet; the path names the trust.
            var settings = await db.SingleSignOn.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.TrustId == trustId, http.RequestAborted);
            if (settings is not null) http.Features.Set(SsoProvider.From(settings));
        }
        await next(http);
    }
}
