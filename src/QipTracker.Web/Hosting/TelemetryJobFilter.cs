using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using QipTracker.Infrastructure.Telemetry;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Hosting;

/// <summary>Times every background job run and counts the ones that throw, tagged by the catalogue's job id.</summary>
public sealed class TelemetryJobFilter : IServerFilter
{
    private const string StartedKey = "qip.telemetry.started";
    private static readonly Lock Registering = new();

    public static TelemetryJobFilter Instance { get; } = new();

    /// <summary>Hangfire's filters are process-wide: add this one once, however many hosts the process builds (tests build several).</summary>
    public static void RegisterOnce()
    {
        lock (Registering)
        {
            if (!GlobalJobFilters.Filters.Any(f => f.Instance is TelemetryJobFilter))
                GlobalJobFilters.Filters.Add(Instance);
        }
    }

    public void OnPerforming(PerformingContext context) => context.Items[StartedKey] = Stopwatch.GetTimestamp();

    public void OnPerformed(PerformedContext context)
    {
        if (context.Items.TryGetValue(StartedKey, out var value) is false || value is not long started) return;
        var failed = context.Exception is not null && !context.ExceptionHandled;
        var job = new KeyValuePair<string, object?>("job", JobName(context.BackgroundJob.Job));
        QipMetrics.JobDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, job,
            new KeyValuePair<string, object?>("outcome", failed ? QipMetrics.Failed : QipMetrics.Succeeded));
        if (failed) QipMetrics.JobFailures.Add(1, job);
    }

    /// <summary>A catalogued job by its id (what JobRunner is given); anything else by its class and method.</summary>
    public static string JobName(Job job) =>
        job.Type == typeof(JobRunner) && job.Args.Count > 0 && job.Args[0] is string id ? id : $"{job.Type.Name}.{job.Method.Name}";
}
