using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QipTracker.Web.Hosting;

/// <summary>/health answers JSON with each check (database, jobs) and its status, for people and load balancers.</summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
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
