using System.Diagnostics.Metrics;
using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.Server;
using Hangfire.Storage;
using QipTracker.Infrastructure.Telemetry;
using QipTracker.Web.Hosting;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Tests.Operations;

/// <summary>The job filter times each run and counts failures, by the catalogue's job id, through Hangfire's own contexts.</summary>
public sealed class JobTelemetryTests
{
    [Fact]
    public void A_run_is_timed_by_job_and_outcome_and_a_failed_one_is_counted()
    {
        // A job id no other test uses, so measurements from jobs elsewhere in the process are told apart.
        var jobId = $"telemetry-test-{Guid.NewGuid():N}";
        var durations = new List<(double Seconds, string? Outcome)>();
        long failures = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == QipMetrics.MeterName && instrument.Name.StartsWith("qip.job.", StringComparison.Ordinal)) l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            if (Tag(tags, "job") == jobId) lock (durations) durations.Add((value, Tag(tags, "outcome")));
        });
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (Tag(tags, "job") == jobId) Interlocked.Add(ref failures, value);
        });
        listener.Start();

        // No real storage: Hangfire's storages log through a process-wide provider that another test's
        // disposed host may have left behind, and the filter never touches storage anyway.
        var storage = new UnusedStorage();
        var connection = storage.GetConnection();
        var job = Job.FromExpression<JobRunner>(r => r.RunAsync(jobId, CancellationToken.None));
        Run(storage, connection, job, thrown: null);
        Run(storage, connection, job, thrown: new InvalidOperationException("the job broke"));

        Assert.Equal([QipMetrics.Succeeded, QipMetrics.Failed], durations.Select(d => d.Outcome));
        Assert.All(durations, d => Assert.True(d.Seconds >= 0));
        Assert.Equal(1, failures);
        Assert.Equal(jobId, TelemetryJobFilter.JobName(job));
        Assert.Equal("Console.Beep", TelemetryJobFilter.JobName(Job.FromExpression(() => Console.Beep())));
    }

    private static void Run(JobStorage storage, IStorageConnection connection, Job job, Exception? thrown)
    {
        var context = new PerformContext(storage, connection, new BackgroundJob(Guid.NewGuid().ToString(), job, DateTime.UtcNow), new JobCancellationToken(false));
        TelemetryJobFilter.Instance.OnPerforming(new PerformingContext(context));
        TelemetryJobFilter.Instance.OnPerformed(new PerformedContext(context, result: null, canceled: false, exception: thrown));
    }

    /// <summary>A storage the filter must not touch: any call on its connection throws.</summary>
    private sealed class UnusedStorage : JobStorage
    {
        public override IMonitoringApi GetMonitoringApi() => throw new NotSupportedException("The filter reads no storage.");
        public override IStorageConnection GetConnection() => DispatchProxy.Create<IStorageConnection, Refusing>();
    }

    public class Refusing : DispatchProxy
    {
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) =>
            throw new NotSupportedException($"The filter called {targetMethod?.Name} on storage.");
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var t in tags) if (t.Key == name) return t.Value as string;
        return null;
    }
}
