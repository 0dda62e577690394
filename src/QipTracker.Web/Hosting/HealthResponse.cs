using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using QipTracker.Web.Security;

namespace QipTracker.Web.Hosting;

/// <summary>
/// /health answers a load balancer with the overall status (and 503 when unhealthy) and nothing more; the system
/// administrator, signed in, also sees each check (database, jobs) with its detail.
/// </summary>
public static class HealthResponse
{
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
