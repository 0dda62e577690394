using System.Net.Http.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Tests.Kpis;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.InputPolicy;

/// <summary>
/// Every date a request takes lies between 2000-01-01 and 2100-12-31 (issue 10): before, asOf=0001-01-01 made the
/// trajectory 60 MB of JSON and 9999-12-31 (or a sprint calendar from 9999-12-30) overflowed into a 500. Now each is a
/// 400 naming the parameter, through the API and the command line alike.
/// </summary>
public abstract class DateRangeTests(QipAppFactory app)
{
    private const string Window = "outside the dates this app accepts (2000-01-01 to 2100-12-31).";

    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Dat {Guid.NewGuid():N}"[..12]);

    [Theory]
    [InlineData("/api/v1/trajectory?asOf=0001-01-01", "AsOf", "0001-01-01")]
    [InlineData("/api/v1/trajectory?asOf=9999-12-31", "AsOf", "9999-12-31")]
    [InlineData("/api/v1/trajectory/chart.png?asOf=9999-12-31", "AsOf", "9999-12-31")]
    [InlineData("/api/v1/ecib/pack?asOf=1999-12-31", "AsOf", "1999-12-31")]
    [InlineData("/api/v1/kpis/spc-summary?asOf=2101-01-01", "AsOf", "2101-01-01")]
    [InlineData("/api/v1/board-papers?month=0001-01", "Month", "0001-01-01")]
    [InlineData("/api/v1/board-papers/drafts/9999-12", "Month", "9999-12-01")]
    [InlineData("/api/v1/board-papers/drafts/9999-12/preview", "Month", "9999-12-01")]
    public async Task A_date_outside_the_window_is_a_400_naming_the_parameter(string url, string field, string date)
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);

        var errors = await (await pmo.GetAsync(url)).ErrorsAsync();

        Assert.Equal($"{field} is {date}, {Window}", errors.Single(field));
    }

    [Fact]
    public async Task The_edges_of_the_window_are_accepted()
    {
        var pmo = await app.SignedInAsync((await NewTrust())[TrustRole.Pmo]);

        Assert.True((await pmo.GetAsync("/api/v1/trajectory?asOf=2000-01-01")).IsSuccessStatusCode);
        Assert.True((await pmo.GetAsync("/api/v1/trajectory?asOf=2100-12-31")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task Dates_in_bodies_are_held_to_the_window_too()
    {
        var trust = await NewTrust();
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var owner = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);

        var schedule = await (await pmo.PostAsJsonAsync($"/api/v1/isgs/{trust.IsgId}/sprints/schedule", new { firstStart = "9999-12-30" })).ErrorsAsync();
        var progress = await (await owner.PostAsJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/progress",
            new { forecastDue = "0001-01-01", offTrack = false, version = 0 })).ErrorsAsync();
        var split = await (await owner.PostAsJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/change-requests", new
        {
            kind = "Split", reason = "Two problems",
            splitParts = new[] { new { reference = "RC-A", description = "One", baselineDue = "2026-12-31" }, new { reference = "RC-B", description = "Two", baselineDue = "3000-01-01" } },
        })).ErrorsAsync();

        Assert.Equal($"FirstStart is 9999-12-30, {Window}", schedule.Single("FirstStart"));
        Assert.Equal($"ForecastDue is 0001-01-01, {Window}", progress.Single("ForecastDue"));
        Assert.Equal($"SplitParts[1].BaselineDue is 3000-01-01, {Window}", split.Single("SplitParts[1].BaselineDue"));
    }

    [Fact]
    public async Task A_kpi_period_outside_the_window_is_refused_naming_the_period()
    {
        var trust = await NewTrust();
        var kpi = await app.CreateAsync(trust, KpiData.RootCauseKpi("FRIDGE"));
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);

        var errors = await (await pmo.PostAsJsonAsync($"/api/v1/kpis/{kpi.Id}/measurements", new { period = "1900-01", value = 91.5m })).ErrorsAsync();

        Assert.Equal("'1900-01' is outside the dates this app accepts (2000-01-01 to 2100-12-31). FRIDGE is monthly.", errors.Single("Period"));
    }

    [Fact]
    public async Task The_command_line_verbs_refuse_such_dates_with_a_message_instead_of_crashing()
    {
        var trust = await NewTrust();
        var folder = Directory.CreateTempSubdirectory("qip-date-verb-").FullName;
        try
        {
            var trajectory = await RunAsync("trajectory", "--trust", trust.Name, "--as-of", "9999-12-31");
            var paper = await RunAsync("board-paper", "--trust", trust.Name, "--month", "0001-01", "--out", folder);

            Assert.Equal((1, $"AsOf: AsOf is 9999-12-31, {Window}"), (trajectory.Code, trajectory.Error.Trim()));
            Assert.Equal((1, $"Month: Month is 0001-01-01, {Window}"), (paper.Code, paper.Error.Trim()));
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await VerbRunner.RunAsync(app.Services, CommandLineInvocation.Parse(args), output, error);
        return (code, output.ToString(), error.ToString());
    }
}

[Collection(OnSqlite.Name)]
public sealed class DateRangeOnSqlite(SqliteApp app) : DateRangeTests(app);

[Collection(OnPostgres.Name)]
public sealed class DateRangeOnPostgres(PostgresApp app) : DateRangeTests(app);
