using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Spc;

/// <summary>POST /api/v1/spc/analyse as a BI team calls it: a personal API token and a series in the body.</summary>
[Collection(OnSqlite.Name)]
public sealed class SpcApiTests(SqliteApp app)
{
    // 13, 10, 7, 10 three times (mean 10, every moving range 3: limits 2.02 and 17.98), then 18 beyond the upper limit.
    private static readonly decimal[] Values = [13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10, 18];

    private static object[] Points(IEnumerable<decimal> values) =>
        values.Select((v, i) => (object)new { period = $"2024-{i + 1:00}", value = v }).ToArray();

    private async Task<HttpClient> BoardMemberWithToken()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Spc {Guid.NewGuid():N}"[..12]);
        var token = await app.SendAs(trust, TrustRole.BoardMember, new CreateApiToken("BI feed", TrustRole.BoardMember));
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return client;
    }

    [Fact]
    public async Task A_series_comes_back_with_limits_point_types_and_icons_in_snake_case()
    {
        var client = await BoardMemberWithToken();

        var response = await client.PostAsJsonAsync("/api/v1/spc/analyse", new
        {
            direction = "increase", target = 20, shift = 7, trend = 7, screenOutliers = false, rebase = Array.Empty<string>(), fixAfter = 12,
            points = Points(Values),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["points", "variation", "assurance", "trial_limits"], json.EnumerateObject().Select(p => p.Name));
        var points = json.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(13, points.Count);
        Assert.Equal(["period", "value", "mean", "lpl", "upl", "type"], points[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2024-01", 13m, 10m, 2.02m, 17.98m, "common_cause"),
            (points[0].GetProperty("period").GetString(), points[0].GetProperty("value").GetDecimal(), points[0].GetProperty("mean").GetDecimal(),
             points[0].GetProperty("lpl").GetDecimal(), points[0].GetProperty("upl").GetDecimal(), points[0].GetProperty("type").GetString()));
        Assert.Equal("special_cause_improvement", points[12].GetProperty("type").GetString());
        Assert.Equal("improvement_high", json.GetProperty("variation").GetString());
        Assert.Equal("consistently_fails", json.GetProperty("assurance").GetString()); // 20 is above the upper limit
        Assert.False(json.GetProperty("trial_limits").GetBoolean());
    }

    [Fact]
    public async Task Only_direction_and_points_are_needed()
    {
        var client = await BoardMemberWithToken();

        var response = await client.PostAsJsonAsync("/api/v1/spc/analyse", new { direction = "Neutral", points = Points([1, 2, 3]) });

        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(("common_cause", "none", true),
            (json.GetProperty("variation").GetString(), json.GetProperty("assurance").GetString(), json.GetProperty("trial_limits").GetBoolean()));
    }

    [Fact]
    public async Task Bad_input_is_a_400_naming_each_field_as_the_body_does()
    {
        var client = await BoardMemberWithToken();
        var points = Points(Values);
        points[3] = new { period = "2024-04", value = (decimal?)null };
        points[5] = new { period = "2024-01", value = (decimal?)6 };

        var response = await client.PostAsJsonAsync("/api/v1/spc/analyse", new { direction = "up", shift = 1, rebase = new[] { "2023-12" }, points });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Each point needs a value.", errors.GetProperty("points[3].value")[0].GetString());
        Assert.Equal("The period '2024-01' appears more than once.", errors.GetProperty("points[5].period")[0].GetString());
        Assert.Equal("Give the direction as increase, decrease or neutral.", errors.GetProperty("direction")[0].GetString());
        Assert.Equal("A shift needs a run of at least 2 points.", errors.GetProperty("shift")[0].GetString());
        Assert.Equal("'2023-12' is not a period of the series.", errors.GetProperty("rebase[0]")[0].GetString());
    }

    [Fact]
    public async Task A_rebase_that_leaves_a_lone_point_is_a_400_on_rebase()
    {
        var client = await BoardMemberWithToken();

        var response = await client.PostAsJsonAsync("/api/v1/spc/analyse", new { direction = "decrease", rebase = new[] { "2024-13" }, points = Points(Values) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.StartsWith("The segment starting at '2024-13' has only 1 point", errors.GetProperty("rebase")[0].GetString());
    }

    [Fact]
    public async Task Signed_out_callers_are_refused()
    {
        var response = await app.NewBrowser().PostAsJsonAsync("/api/v1/spc/analyse", new { direction = "increase", points = Points(Values) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
