using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace QipTracker.Web.Jobs;

/// <summary>Healthy when the job storage answers and at least one server is processing jobs.</summary>
public sealed class JobStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var api = storage.GetMonitoringApi();
            var stats = api.GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["storage"] = storage.GetType().Name,
                ["servers"] = stats.Servers,
                ["enqueued"] = stats.Enqueued,
                ["failed"] = stats.Failed,
            };
            return Task.FromResult(stats.Servers > 0
                ? HealthCheckResult.Healthy("Job storage reachable", data)
                : HealthCheckResult.Degraded("Job storage reachable but no job server is running", data: data));
        }
        catch (Exception e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Job storage unreachable", e));
        }
    }
}
