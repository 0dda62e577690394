using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Security;

/// <summary>For each HTTP request, the signed-in principal becomes the scope's current user.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser current)
    {
        current.SetFrom(context.User);
        return next(context);
    }
}
