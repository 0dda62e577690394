using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Telemetry;

namespace QipTracker.Web.Hosting;

/// <summary>
/// How many emails wait in the outbox and how long the oldest has waited: a growing age means sending is stuck.
/// One aggregate query (count and oldest, on the status index) answers both gauges, and its answer is kept a few
/// seconds, so scrapes from several collectors cost one small query, never a read of every row.
/// </summary>
public sealed class TelemetryOutboxGauges : IDisposable
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

    // The gauges are the process's, made once: an exporter keeps only the first instrument of a name, so gauges made
    // per host would vanish with the first host (tests build several). Each host adds its own reading while it runs.
    private static readonly ConcurrentDictionary<TelemetryOutboxGauges, byte> Running = new();
    private static readonly Meter Meter = new(QipMetrics.MeterName);
    private static readonly ObservableGauge<long> Pending = Meter.CreateObservableGauge("qip.outbox.pending",
        () => Readings().Select(r => new Measurement<long>(r.Pending)), unit: "{email}", description: "Emails waiting in the outbox to be sent");
    private static readonly ObservableGauge<double> OldestAge = Meter.CreateObservableGauge("qip.outbox.oldest_pending_age",
        () => Readings().Select(r => new Measurement<double>(r.OldestAgeSeconds)), unit: "s",
        description: "How long the oldest email waiting in the outbox has waited (0 when none waits)");

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<TelemetryOutboxGauges> _log;
    private readonly Lock _gate = new();
    private long? _readAt;
    private OutboxReading? _last;

    public TelemetryOutboxGauges(IServiceScopeFactory scopes, TimeProvider clock, ILogger<TelemetryOutboxGauges> log)
    {
        (_scopes, _clock, _log) = (scopes, clock, log);
        Running[this] = 0;
    }

    public void Dispose() => Running.TryRemove(this, out _);

    private static List<OutboxReading> Readings() => [.. Running.Keys.Select(g => g.Read()).OfType<OutboxReading>()];

    /// <summary>The outbox now (or a few seconds ago); null when the database could not be read.</summary>
    public OutboxReading? Read()
    {
        lock (_gate)
        {
            if (_readAt is { } readAt && _clock.GetElapsedTime(readAt) < FreshFor) return _last;
            _readAt = _clock.GetTimestamp();
            try
            {
                using var scope = _scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
                // Every trust's emails on purpose: the operator watches the one outbox that all trusts share.
                var waiting = db.OutboxEmails.AsNoTracking()
                    .Where(o => o.Status == OutboxStatus.Pending)
                    .GroupBy(_ => 1)
                    .Select(g => new { Count = g.LongCount(), Oldest = g.Min(o => o.CreatedAt) })
                    .FirstOrDefault();
                _last = waiting is null
                    ? new OutboxReading(0, 0)
                    : new OutboxReading(waiting.Count, Math.Max(0, (_clock.GetUtcNow() - waiting.Oldest).TotalSeconds));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // No number is better than a wrong one; the database's own health check says why.
                _log.LogWarning(e, "Could not read the outbox for its gauges");
                _last = null;
            }
            return _last;
        }
    }
}

/// <summary>What the outbox gauges show.</summary>
public sealed record OutboxReading(long Pending, double OldestAgeSeconds);
