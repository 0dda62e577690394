using System.Diagnostics;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Operations;

/// <summary>The app with an in-memory span exporter beside its own: what an OTLP collector would be sent.</summary>
public abstract class TracedApp(DatabaseProvider provider) : QipAppFactory(provider)
{
    private readonly List<Activity> _spans = [];

    /// <summary>The spans of one trace. Every app in the test process shares the framework's sources, so spans are picked by trace.</summary>
    public List<Activity> SpansOf(ActivityTraceId trace)
    {
        lock (_spans) return _spans.Where(s => s.TraceId == trace).ToList();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(new LockedList(_spans))));
    }

    /// <summary>Spans end on the server's threads while the test reads them.</summary>
    private sealed class LockedList(List<Activity> inner) : System.Collections.ObjectModel.Collection<Activity>
    {
        protected override void InsertItem(int index, Activity item)
        {
            lock (inner) inner.Add(item);
        }
    }
}

public sealed class TracedSqliteApp() : TracedApp(DatabaseProvider.Sqlite);
public sealed class TracedPostgresApp() : TracedApp(DatabaseProvider.Postgres);

public abstract class TracingTests(TracedApp app)
{
    [Fact]
    public async Task An_api_request_and_its_database_queries_are_spans_of_one_trace()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Tr {Guid.NewGuid():N}"[..10]);
        var token = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("traced", TrustRole.Pmo));
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        // As a caller already inside a trace would send it: the app's spans join that trace.
        var trace = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/trust");
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");

        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        // The server's span ends just after the answer reaches the client: wait for it, within a bound.
        var spans = app.SpansOf(trace);
        for (var tries = 0; tries < 100 && !spans.Any(s => s.Kind == ActivityKind.Server); tries++)
        {
            await Task.Delay(50);
            spans = app.SpansOf(trace);
        }
        var server = Assert.Single(spans, s => s.Kind == ActivityKind.Server);
        Assert.Equal("/api/v1/trust", server.GetTagItem("http.route"));
        Assert.Equal(200, server.GetTagItem("http.response.status_code"));
        var queries = spans.Where(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(queries);
        Assert.All(queries, q => Assert.Equal(ActivityKind.Client, q.Kind));
        Assert.Contains(queries, q => q.ParentSpanId == server.SpanId || spans.Any(p => p.SpanId == q.ParentSpanId));
    }
}

public sealed class TracingOnSqlite(TracedSqliteApp app) : TracingTests(app), IClassFixture<TracedSqliteApp>;
public sealed class TracingOnPostgres(TracedPostgresApp app) : TracingTests(app), IClassFixture<TracedPostgresApp>;
