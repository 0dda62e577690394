using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Faults;

/// <summary>
/// PostgreSQL restarted or stopped under the app (the fault cluster, <see cref="FaultPostgres"/>): the app recovers by
/// itself, keeps every acknowledged update exactly once, and answers while the database is away with a clear 503 —
/// never a hang, never a 500.
/// </summary>
public sealed class PostgresRestartTests : IClassFixture<FaultPostgresApp>
{
    private readonly FaultPostgresApp _app;
    private static readonly string[] OutageSentences =
        [DatabaseOutage.Sentence, new CommitUnknownException(true).Message, new CommitUnknownException(false).Message];

    public PostgresRestartTests(FaultPostgresApp app)
    {
        _app = app;
        _app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
    }

    /// <summary>One owner's stream of updates to one root cause, each with a forecast no other update of it uses.</summary>
    private sealed class Updater(HttpClient client, Guid rootCauseId, long version, DateOnly today)
    {
        public Guid RootCauseId { get; } = rootCauseId;
        public List<DateOnly> Acknowledged { get; } = [];
        public List<DateOnly> MaybeKept { get; } = [];
        public List<string> Wrong { get; } = [];
        public int Outages { get; private set; }
        public int AcknowledgedSinceRestart { get; private set; }
        private long _version = version;
        private int _sent;

        public async Task RunAsync(Func<bool> restarted, CancellationToken ct)
        {
            while (!(restarted() && AcknowledgedSinceRestart >= 3) && !ct.IsCancellationRequested && Wrong.Count == 0)
            {
                var due = today.AddDays(30 + ++_sent);
                var answer = await client.PostAsJsonAsync($"/api/v1/root-causes/{RootCauseId}/progress",
                    new ProgressBody(due, _sent % 2 == 0, _version), ct);
                if (answer.StatusCode == HttpStatusCode.OK)
                {
                    var shown = (await answer.Content.ReadFromJsonAsync<RootCauseDto>(Json.Options, ct))!;
                    if (shown.ForecastDue != due) Wrong.Add($"sent {due}, shown {shown.ForecastDue}");
                    _version = shown.Version;
                    Acknowledged.Add(due);
                    if (restarted()) AcknowledgedSinceRestart++;
                }
                else if (answer.StatusCode == HttpStatusCode.ServiceUnavailable)
                {
                    Outages++;
                    var problem = await answer.Content.ReadAsStringAsync(ct);
                    if (answer.Headers.RetryAfter is null) Wrong.Add("a 503 without Retry-After");
                    if (!OutageSentences.Any(problem.Contains)) Wrong.Add($"a 503 that does not say what happened: {problem}");
                    if (!problem.Contains(DatabaseOutage.Sentence)) MaybeKept.Add(due);
                    _version = await CurrentVersionAsync(ct);
                }
                else Wrong.Add($"{(int)answer.StatusCode}: {await answer.Content.ReadAsStringAsync(ct)}");
            }
        }

        // After a 503 the owner reloads before trying again, as the answer asks.
        private async Task<long> CurrentVersionAsync(CancellationToken ct)
        {
            while (true)
            {
                var answer = await client.GetAsync($"/api/v1/root-causes/{RootCauseId}", ct);
                if (answer.IsSuccessStatusCode) return (await answer.Content.ReadFromJsonAsync<RootCauseDto>(Json.Options, ct))!.Version;
                if (answer.StatusCode != HttpStatusCode.ServiceUnavailable) Wrong.Add($"reload: {(int)answer.StatusCode}");
                await Task.Delay(200, ct);
            }
        }
    }

    private async Task<List<Updater>> UpdatersAsync(int trusts)
    {
        var updaters = new List<Updater>();
        for (var t = 0; t < trusts; t++)
        {
            var trust = await TestTrust.CreateAsync(_app.Services, $"Fault {Guid.NewGuid():N}"[..13]);
            foreach (var id in trust.RootCauseIds)
            {
                var token = await _app.SendAs(trust, TrustRole.RootCauseOwner, new CreateApiToken($"Load {id:N}"[..13], TrustRole.RootCauseOwner));
                var client = _app.NewBrowser();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
                client.Timeout = TimeSpan.FromSeconds(60); // a hang fails the test
                var version = (await _app.SendAs(trust, TrustRole.RootCauseOwner, new GetRootCause(id))).Version;
                updaters.Add(new Updater(client, id, version, _app.Clock.Today()));
            }
        }
        return updaters;
    }

    [Fact]
    public async Task Status_updates_through_a_restart_are_each_kept_once_and_the_outage_is_answered_503()
    {
        var updaters = await UpdatersAsync(trusts: 3);
        var restarted = false;
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var load = updaters.Select(u => u.RunAsync(() => Volatile.Read(ref restarted), deadline.Token)).ToList();

        while (updaters.Any(u => u.Acknowledged.Count < 3) && !deadline.IsCancellationRequested) await Task.Delay(50);
        await FaultPostgres.ControlAsync("restart");
        Volatile.Write(ref restarted, true);
        await Task.WhenAll(load);

        Assert.False(deadline.IsCancellationRequested, "the updates did not recover after the restart within three minutes");
        Assert.Empty(updaters.SelectMany(u => u.Wrong));
        Assert.All(updaters, u => Assert.True(u.AcknowledgedSinceRestart >= 3));

        var trail = await _app.AsSystem(async sp =>
        {
            var ids = updaters.Select(u => u.RootCauseId).ToList();
            var db = sp.GetRequiredService<QipDbContext>();
            var entries = await db.AuditEntries.Where(e => ids.Contains(e.EntityId) && e.Field == nameof(Domain.Plans.RootCause.ForecastDue))
                .Select(e => new { e.EntityId, e.After }).ToListAsync();
            var now = await db.RootCauses.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.ForecastDue);
            return (Entries: entries.ToLookup(e => e.EntityId, e => DateOnly.ParseExact(e.After!, "yyyy-MM-dd", CultureInfo.InvariantCulture)), Now: now);
        });
        foreach (var u in updaters)
        {
            var applied = trail.Entries[u.RootCauseId].ToList();
            // Every acknowledged update is in the database once; nothing else was applied but what may have been kept.
            Assert.All(u.Acknowledged, due => Assert.Equal(1, applied.Count(a => a == due)));
            Assert.All(applied, due => Assert.True(u.Acknowledged.Contains(due) || u.MaybeKept.Contains(due), $"{due} was applied but never acknowledged"));
            Assert.Equal(applied.Count, applied.Distinct().Count());
            Assert.Equal(u.Acknowledged[^1], trail.Now[u.RootCauseId]); // the last word is the last acknowledged one
        }
    }

    [Fact]
    public async Task While_the_database_is_stopped_a_request_is_answered_503_with_retry_after_then_served_when_it_is_back()
    {
        var trust = await TestTrust.CreateAsync(_app.Services, $"Stop {Guid.NewGuid():N}"[..12]);
        var id = trust.RootCauseIds[0];
        var token = await _app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("Outage", TrustRole.Pmo));
        var client = _app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var version = (await _app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id))).Version;
        var due = _app.Clock.Today().AddDays(40);

        await FaultPostgres.ControlAsync("stop");
        HttpResponseMessage during;
        try
        {
            during = await client.PostAsJsonAsync($"/api/v1/root-causes/{id}/progress", new ProgressBody(due, false, version));
        }
        finally
        {
            await FaultPostgres.ControlAsync("start");
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(DatabaseOutage.RetryAfterSeconds), during.Headers.RetryAfter?.Delta);
        var problem = await during.Content.ReadAsStringAsync();
        Assert.Contains(DatabaseOutage.Sentence, problem);
        Assert.DoesNotContain("Npgsql", problem); // no stack, no driver's words

        var after = await client.PostAsJsonAsync($"/api/v1/root-causes/{id}/progress", new ProgressBody(due, false, version));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode); // nothing was saved during the outage, so the same version applies
        Assert.Equal(due, (await after.Content.ReadFromJsonAsync<RootCauseDto>(Json.Options))!.ForecastDue);
        // The job server's storage reconnected by itself too: /health checks the database and the job storage.
        Assert.Equal(HttpStatusCode.OK, (await _app.NewBrowser().GetAsync("/health")).StatusCode);
    }
}
