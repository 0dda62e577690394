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
public sealed class TelemetryOutboxGauges
{
    private static readonly TimeSpan FreshFor = TimeSpan.FromSeconds(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly ILogger<TelemetryOutboxGauges> _log;
    private readonly Lock _gate = new();
    private long? _readAt;
    private Snapshot? _last;

    private sealed record Snapshot(long Pending, double OldestAgeSeconds);

    public TelemetryOutboxGauges(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, ILogger<TelemetryOutboxGauges> log)
    {
        (_scopes, _clock, _log) = (scopes, clock, log);
        // The host's meter factory owns (and disposes) the meter: a stopped host leaves no callback behind.
        var meter = meters.Create(QipMetrics.MeterName);
        meter.CreateObservableGauge("qip.outbox.pending", () => Read() is { } s ? [new Measurement<long>(s.Pending)] : Array.Empty<Measurement<long>>(),
            unit: "{email}", description: "Emails waiting in the outbox to be sent");
        meter.CreateObservableGauge("qip.outbox.oldest_pending_age", () => Read() is { } s ? [new Measurement<double>(s.OldestAgeSeconds)] : Array.Empty<Measurement<double>>(),
            unit: "s", description: "How long the oldest email waiting in the outbox has waited (0 when none waits)");
    }

    private Snapshot? Read()
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
                    ? new Snapshot(0, 0)
                    : new Snapshot(waiting.Count, Math.Max(0, (_clock.GetUtcNow() - waiting.Oldest).TotalSeconds));
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
