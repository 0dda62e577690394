using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Hosting;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>/metrics is the operator's: the system administrator signed in, or a scraper with the configured token.</summary>
public abstract class MetricsEndpointTests(QipAppFactory app)
{
    private HttpClient Bearing(string token)
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Only_the_system_administrator_and_the_scrape_token_read_the_metrics()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Mx {Guid.NewGuid():N}"[..10]);
        var apiToken = await app.SendAs(trust, TrustRole.TrustAdmin, new CreateApiToken("metrics?", TrustRole.TrustAdmin));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.NewBrowser().GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearing("not-the-scrape-token-at-all-0000").GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearing(apiToken.Secret).GetAsync("/metrics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync(trust[TrustRole.TrustAdmin])).GetAsync("/metrics")).StatusCode);

        var sysadmin = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));
        foreach (var operatorClient in new[] { sysadmin, Bearing(TestOperator.ScrapeToken) })
        {
            var answer = await operatorClient.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Contains("# TYPE", await answer.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task The_outbox_gauges_count_what_waits_and_age_the_oldest()
    {
        var queued = await QueueAsync();
        app.Clock.Advance(TimeSpan.FromHours(1)); // also ages out the gauges' last answer (kept a few seconds)

        var (pending, oldestAge) = ReadOutboxGauges();

        var waiting = await app.AsSystem(sp => Task.FromResult(sp.GetRequiredService<QipDbContext>().OutboxEmails.Count(o => o.Status == OutboxStatus.Pending)));
        Assert.Equal(waiting, pending);
        Assert.True(pending >= 1);
        // The shared database may hold older emails: the oldest has waited at least as long as this one.
        Assert.True(oldestAge >= (app.Clock.GetUtcNow() - queued).TotalSeconds, $"oldest age {oldestAge}");
    }

    private async Task<DateTimeOffset> QueueAsync()
    {
        var now = app.Clock.GetUtcNow();
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.OutboxEmails.Add(new OutboxEmail
            {
                ToAddress = $"waiting.{Guid.NewGuid():N}@trust.example", Subject = "Waiting", TextBody = "-", HtmlBody = "-",
                Status = OutboxStatus.Pending, CreatedAt = now, NextAttemptAt = now.AddYears(1),
            });
            return await db.SaveChangesAsync();
        });
        return now;
    }

    /// <summary>
    /// This app's reading. The gauges are the process's and every app in the test process adds its own reading to
    /// them, so /metrics shows some app's; this app's is read where the gauges read it.
    /// </summary>
    private (long Pending, double OldestAge) ReadOutboxGauges()
    {
        var reading = app.Services.GetRequiredService<TelemetryOutboxGauges>().Read();
        Assert.NotNull(reading);
        return (reading.Pending, reading.OldestAgeSeconds);
    }
}

[Collection(OnSqlite.Name)]
public sealed class MetricsEndpointOnSqlite(SqliteApp app) : MetricsEndpointTests(app);
[Collection(OnPostgres.Name)]
public sealed class MetricsEndpointOnPostgres(PostgresApp app) : MetricsEndpointTests(app);
