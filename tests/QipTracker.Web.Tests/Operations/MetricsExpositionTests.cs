using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace QipTracker.Web.Tests.Operations;

/// <summary>
/// What a Prometheus server scraping a node reads, from the real executable over loopback HTTP. A process of its own:
/// an exporter keeps the first instrument of each name in a process, so in the test process, where many apps run side
/// by side, the framework's HTTP metrics may be another app's.
/// </summary>
public sealed class MetricsExpositionTests : IAsyncLifetime
{
    private const string ScrapeToken = "exposition-test-scrape-token-5e2d";
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-metrics-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private Process? _app;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            _baseUrl = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}";
        }
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QipTracker.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(_baseUrl);
        start.Environment["DataFolder"] = Path.Combine(_folder, "data");
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Demo__Seed"] = "false";
        start.Environment["Jobs__RunServer"] = "false";
        start.Environment["Metrics__ScrapeToken"] = ScrapeToken;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        _app = Process.Start(start)!;
        _app.OutputDataReceived += (_, _) => { };
        _app.ErrorDataReceived += (_, _) => { };
        _app.BeginOutputReadLine();
        _app.BeginErrorReadLine();

        // Start-up migrates a new database: generous on a busy machine, and bounded.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline && !_app.HasExited)
        {
            try
            {
                if ((await _http.GetAsync($"{_baseUrl}/health/live")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"The app did not answer /health/live (exited: {_app.HasExited}).");
    }

    public Task DisposeAsync()
    {
        if (_app is { HasExited: false }) _app.Kill(entireProcessTree: true);
        _app?.WaitForExit(10_000);
        _app?.Dispose();
        _http.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_scraper_with_the_token_reads_the_outbox_gauges_requests_and_runtime()
    {
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync($"{_baseUrl}/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _http.GetAsync($"{_baseUrl}/metrics")).StatusCode);

        using var scrape = new HttpRequestMessage(HttpMethod.Get, $"{_baseUrl}/metrics");
        scrape.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ScrapeToken);
        var answer = await _http.SendAsync(scrape);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var lines = (await answer.Content.ReadAsStringAsync()).Split('\n');
        // A new database: nothing waits, and the oldest wait is 0, not absent.
        Assert.Contains(lines, l => l.StartsWith("qip_outbox_pending{", StringComparison.Ordinal) && l.EndsWith("} 0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("qip_outbox_oldest_pending_age_seconds{", StringComparison.Ordinal) && l.EndsWith("} 0", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("http_server_request_duration_seconds_count{", StringComparison.Ordinal)
            && l.Contains("http_route=\"/account/login\"", StringComparison.Ordinal) && l.Contains("http_response_status_code=\"200\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("dotnet_gc_collections_total{", StringComparison.Ordinal));
    }
}
