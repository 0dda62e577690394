using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>
/// POST /api/v1/plan/import and GET /api/v1/plan/export over HTTP, signed in through the login form.
/// Until the lead maps the endpoints in ApiEndpoints, a second host over the same database maps them
/// the same way (on an /api/v1 group that requires sign-in); once they are mapped there, it adds nothing.
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class PlanImportEndpointTests(SqliteApp app)
{
    private static readonly Lock Gate = new();
    private static WebApplicationFactory<Program>? _withEndpoints;

    private WebApplicationFactory<Program> Host()
    {
        lock (Gate)
            return _withEndpoints ??= app.WithWebHostBuilder(b =>
                b.ConfigureServices(s => s.AddSingleton<IStartupFilter, MapPlanEndpoints>()));
    }

    private Task<HttpClient> SignedInAsync(TestUser user) =>
        Host().CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }).SignInAsync(user);

    private static MultipartFormDataContent Form(byte[] file, string fileName)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    [Fact]
    public async Task The_pmo_imports_a_file_and_gets_the_counts()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Http {Guid.NewGuid():N}");
        var browser = await SignedInAsync(trust[TrustRole.Pmo]);
        var plan = new GeneratedPlan(findings: 12, rootCauses: 20);

        var dry = await browser.PostAsync("/api/v1/plan/import?dryRun=true", Form(plan.Sheet.Csv(), "plan.csv"));
        var response = await browser.PostAsync("/api/v1/plan/import", Form(plan.Sheet.Csv(), "plan.csv"));

        Assert.True(dry.StatusCode == HttpStatusCode.OK, await dry.Content.ReadAsStringAsync());
        Assert.True((await dry.Content.ReadFromJsonAsync<ImportResult>(Json.Options))!.DryRun);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<ImportResult>(Json.Options);
        Assert.Equal(new ImportCounts(20, 0, 0), result!.RootCauses);
        Assert.False(result.DryRun);
    }

    [Fact]
    public async Task A_bad_file_is_a_400_listing_every_bad_row()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Http {Guid.NewGuid():N}");
        var browser = await SignedInAsync(trust[TrustRole.Pmo]);
        var plan = new GeneratedPlan(findings: 12, rootCauses: 20);
        plan.Sheet.Row(4)["status"] = "Done";
        plan.Sheet.Row(7)["finding_domain"] = "Safety";

        var response = await browser.PostAsync("/api/v1/plan/import", Form(plan.Sheet.Csv(), "plan.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("'Done' is not NotStarted, InProgress, Completed, Assured or Embedded", errors.GetProperty("row 4, status")[0].GetString());
        Assert.Equal("'Safety' is not Safe, Effective, Caring, Responsive or WellLed", errors.GetProperty("row 7, finding_domain")[0].GetString());
    }

    [Fact]
    public async Task Only_the_pmo_may_import_and_an_owner_may_not_export()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Http {Guid.NewGuid():N}");
        var chair = await SignedInAsync(trust[TrustRole.IsgChair]);
        var owner = await SignedInAsync(trust[TrustRole.RootCauseOwner]);

        var import = await chair.PostAsync("/api/v1/plan/import", Form(new GeneratedPlan(5, 5).Sheet.Csv(), "plan.csv"));

        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync("/api/v1/plan/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await chair.GetAsync("/api/v1/plan/export?format=csv")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host().CreateClient().GetAsync("/api/v1/plan/export")).StatusCode);
    }

    [Theory]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("csv", "text/csv")]
    public async Task The_export_is_a_file_download_in_the_asked_format(string format, string contentType)
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Http {Guid.NewGuid():N}");
        var browser = await SignedInAsync(trust[TrustRole.BoardMember]);

        var response = await browser.GetAsync($"/api/v1/plan/export?format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith($".{format}", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/api/v1/plan/export?format=pdf")).StatusCode);
    }

    // Maps onto the app's own route builder (the one its UseRouting matches with), so that the
    // endpoints sit behind the app's authentication, current user and error handling like any other.
    private sealed class MapPlanEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            next(builder);
            var routes = builder.Properties.TryGetValue("__EndpointRouteBuilder", out var found) && found is IEndpointRouteBuilder r
                ? r : throw new InvalidOperationException("The app's endpoint route builder was not found.");
            if (routes.DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Any(e => e.RoutePattern.RawText == "/api/v1/plan/import"))
                return; // the lead has mapped them in ApiEndpoints
            routes.MapGroup("/api/v1").RequireAuthorization().DisableAntiforgery().MapPlanImportEndpoints();
        };
    }
}
