using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using QipTracker.Web.Security;

namespace QipTracker.Web.Hosting;

/// <summary>
/// /health answers a load balancer with the overall status (and 503 when unhealthy) and nothing more; the system
/// administrator, signed in, also sees each check (database, files, jobs) with its detail. /health/live says only that
/// the process answers (restart it when not); /health/ready runs the checks tagged <see cref="Ready"/> (take the node
/// out of the pool when not). Degraded — no job server on this node — is still 200: the node serves pages.
/// </summary>
public static class HealthResponse
{
    public const string Path = "/health";
    public const string Ready = "ready";

    public static void MapQipHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(Path, new() { ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(Path + "/live", new() { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(Path + "/ready", new() { Predicate = c => c.Tags.Contains(Ready), ResponseWriter = WriteAsync }).AllowAnonymous();
    }

    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        http.Response.Headers.CacheControl = "no-store";
        var user = http.User;
        if (!user.IsSystemAdmin() || user.SignedInWithApiToken())
            return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString() }));
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data,
            }),
        }));
    }
}
