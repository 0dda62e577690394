using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>
/// The sign-in cookie is sent by the browser whichever page makes the request, including a page on another
/// port of the same host (same-site). A cookie-signed request that changes something must prove it came from
/// the app's own page: the antiforgery header, or Sec-Fetch-Site/Origin naming the app's own origin.
/// </summary>
public abstract class CrossSiteRequestTests(QipAppFactory app)
{
    private const string OtherPort = "http://localhost:8081";

    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Cs {Guid.NewGuid():N}"[..10]);

    /// <summary>The bare sign-in cookie, as a browser sends it with another page's request.</summary>
    private async Task<HttpClient> CookieOnly(TestUser user)
    {
        var browser = app.NewBrowser();
        var signedIn = await browser.PostLoginAsync(user.Email, TestTrust.Password);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        return browser;
    }

    private static HttpRequestMessage Post(string path, HttpContent content, string? origin, string? fetchSite)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        if (origin is not null) request.Headers.Add("Origin", origin);
        if (fetchSite is not null) request.Headers.Add("Sec-Fetch-Site", fetchSite);
        return request;
    }

    private static JsonContent Note() => JsonContent.Create(new { title = "Fridge audit", whatItShows = "Temperatures logged twice daily" });

    private static MultipartFormDataContent Pdf()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "audit.pdf");
        form.Add(new StringContent("Audit"), "title");
        form.Add(new StringContent("Checks done"), "whatItShows");
        return form;
    }

    private static MultipartFormDataContent PlanCsv()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("isg,finding_ref\n"u8.ToArray()), "file", "plan.csv");
        return form;
    }

    private Task<int> EvidenceCount(TestTrust trust) =>
        app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Evidence.CountAsync(e => e.TrustId == trust.TrustId));

    [Fact]
    public async Task A_page_on_another_origin_cannot_use_the_sign_in_cookie_to_change_anything()
    {
        var trust = await NewTrust();
        var owner = await CookieOnly(trust[TrustRole.RootCauseOwner]);
        var pmo = await CookieOnly(trust[TrustRole.Pmo]);
        var evidence = $"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence";

        var attempts = new (string What, HttpClient Client, HttpRequestMessage Request)[]
        {
            ("multipart evidence from another port", owner, Post($"{evidence}/file", Pdf(), OtherPort, "same-site")),
            ("JSON evidence from another port", owner, Post($"{evidence}/note", Note(), OtherPort, "same-site")),
            ("a plan import from another port", pmo, Post("/api/v1/plan/import?dryRun=true", PlanCsv(), OtherPort, "same-site")),
            ("a request from another site", owner, Post($"{evidence}/note", Note(), "https://evil.example", "cross-site")),
            ("a request that says nothing of where it came from", owner, Post($"{evidence}/note", Note(), null, null)),
        };
        foreach (var (what, client, request) in attempts)
        {
            var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode}");
            var problem = await response.Content.ReadFromJsonAsync<Problem>();
            Assert.Contains("antiforgery", problem!.Detail);
        }
        Assert.Equal(0, await EvidenceCount(trust));

        // A wrong antiforgery header is refused too, even with a matching origin.
        var forged = Post($"{evidence}/note", Note(), "http://localhost", "same-origin");
        forged.Headers.Add("RequestVerificationToken", "not-a-token");
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.SendAsync(forged)).StatusCode);
        // Reading stays open to the cookie: a cross-origin page cannot read the answer anyway.
        Assert.Equal(HttpStatusCode.OK, (await owner.SendAsync(new HttpRequestMessage(HttpMethod.Get, evidence) { Headers = { { "Origin", OtherPort } } })).StatusCode);
    }

    [Fact]
    public async Task The_apps_own_pages_and_api_tokens_still_change_things()
    {
        var trust = await NewTrust();
        var owner = await CookieOnly(trust[TrustRole.RootCauseOwner]);
        var note = $"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/note";

        Assert.Equal(HttpStatusCode.Created, (await owner.SendAsync(Post(note, Note(), null, "same-origin"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await owner.SendAsync(Post(note, Note(), "http://localhost", null))).StatusCode);
        // As the app's page does: the antiforgery token from the page, in a header.
        var page = await app.SignedInAsync(trust[TrustRole.RootCauseOwner]);
        Assert.Equal(HttpStatusCode.Created, (await page.PostAsync(note, Note())).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await page.PostAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/file", Pdf())).StatusCode);

        var token = await app.SendAs(trust, TrustRole.RootCauseOwner, new CreateApiToken("script", TrustRole.RootCauseOwner));
        var script = app.NewBrowser();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        Assert.Equal(HttpStatusCode.Created, (await script.PostAsync(note, Note())).StatusCode);
        Assert.Equal(5, await EvidenceCount(trust));
    }

    private sealed record Problem(string? Title, string? Detail);
}

[Collection(OnSqlite.Name)]
public sealed class CrossSiteRequestOnSqlite(SqliteApp app) : CrossSiteRequestTests(app);
[Collection(OnPostgres.Name)]
public sealed class CrossSiteRequestOnPostgres(PostgresApp app) : CrossSiteRequestTests(app);
