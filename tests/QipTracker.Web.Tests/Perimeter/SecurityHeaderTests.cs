using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>Every answer — page, API, file, error — tells the browser to run only the app's own scripts, not to sniff types, and not to be framed.</summary>
[Collection(OnSqlite.Name)]
public sealed partial class SecurityHeaderTests(SqliteApp app)
{
    [Fact]
    public async Task Pages_api_answers_files_and_errors_all_carry_the_security_headers()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Sh {Guid.NewGuid():N}"[..10]);
        var token = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("headers", TrustRole.Pmo));
        var script = app.NewBrowser();
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var anonymous = app.NewBrowser();
        var signedIn = await app.SignedInAsync(trust[TrustRole.Pmo]);

        var answers = new (string What, HttpClient Client, string Path, HttpStatusCode Status)[]
        {
            ("the sign-in page", anonymous, "/account/login", HttpStatusCode.OK),
            ("an interactive page", signedIn, "/register", HttpStatusCode.OK),
            ("a static file", anonymous, "/app.css", HttpStatusCode.OK),
            ("an API answer", script, "/api/v1/trust", HttpStatusCode.OK),
            ("an API error", script, $"/api/v1/root-causes/{Guid.NewGuid()}", HttpStatusCode.NotFound),
            ("an API refusal", anonymous, "/api/v1/trust", HttpStatusCode.Unauthorized),
            ("a page that does not exist", signedIn, "/no-such-page", HttpStatusCode.NotFound),
            ("a sign-in redirect", anonymous, "/register", HttpStatusCode.Redirect),
            ("the health check", anonymous, "/health", HttpStatusCode.OK),
        };
        foreach (var (what, client, path, status) in answers)
        {
            var response = await client.GetAsync(path);
            Assert.True(status == response.StatusCode, $"{what}: {(int)response.StatusCode}");
            var csp = Header(response, "Content-Security-Policy");
            Assert.True(csp is not null, $"{what} has no Content-Security-Policy");
            var scripts = Directive(csp!, "script-src");
            Assert.True(scripts == "'self'", $"{what}: script-src is '{scripts}'");
            Assert.DoesNotContain("unsafe-eval", csp);
            foreach (var directive in new[] { "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "default-src 'self'" })
                Assert.True(csp!.Contains(directive), $"{what}: no {directive} in {csp}");
            Assert.Contains("ws://localhost", Directive(csp!, "connect-src"));
            Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
            Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
            Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
            Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        }
    }

    [Fact]
    public async Task Pages_hold_no_inline_script()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Sh {Guid.NewGuid():N}"[..10]);
        var signedIn = await app.SignedInAsync(trust[TrustRole.Pmo]);
        foreach (var path in new[] { "/", "/register", "/account/security" })
        {
            var html = await signedIn.GetStringAsync(path);
            var inline = ScriptTag().Matches(html).Where(m => !m.Groups["attrs"].Value.Contains("src=")).Select(m => m.Value).ToList();
            Assert.True(inline.Count == 0, $"{path} has inline scripts: {string.Join(" ", inline)}");
        }
        var login = await app.NewBrowser().GetStringAsync("/account/login");
        Assert.DoesNotMatch("<script(?![^>]*src=)", login);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;

    private static string Directive(string csp, string name) =>
        csp.Split(';', StringSplitOptions.TrimEntries).FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal))?[(name.Length + 1)..] ?? "";

    [GeneratedRegex("<script(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();
}
