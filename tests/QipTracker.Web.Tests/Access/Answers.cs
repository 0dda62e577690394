using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace QipTracker.Web.Tests.Access;

/// <summary>One HTTP answer as the runner saw it, with the path that was asked for.</summary>
public sealed record Reply(HttpStatusCode Status, string? Location, string? ContentType, string Body, string Path)
{
    public int Code => (int)Status;

    /// <summary>The redirect's path (absolute or relative Location), or null when it is not a redirect.</summary>
    public string? RedirectPath => Status == HttpStatusCode.Redirect && Location is not null ? new Uri(new Uri("http://localhost"), Location).AbsolutePath : null;

    public string? RedirectQuery(string key) => Location is null ? null
        : QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), Location).Query).TryGetValue(key, out var v) ? v.ToString() : null;

    /// <summary>The cookie scheme's challenge: to the sign-in page, coming back to what was asked for.</summary>
    public bool IsSignInChallenge => RedirectPath == "/account/login" && RedirectQuery("ReturnUrl") == Path;

    public bool IsDenied => RedirectPath == "/account/denied" && RedirectQuery("ReturnUrl") == Path;

    public override string ToString() => $"{Code}{(Location is null ? "" : " → " + Location)}";
}

/// <summary>
/// What a route answers: to a caller its row allows, to one it refuses, and to an allowed caller naming another
/// trust's rows. Each check returns null when the answer is right, else what was expected.
/// </summary>
public abstract class Answer
{
    /// <summary>For the document: the answer's name in the route table.</summary>
    public abstract string Name { get; }
    /// <summary>For the document: what an allowed caller gets.</summary>
    public abstract string AllowedText { get; }
    /// <summary>For the document: what a refusal looks like.</summary>
    public abstract string RefusedText { get; }
    /// <summary>Whether a personal API token signs its holder in on this route (elsewhere a token counts as nobody).</summary>
    public virtual bool TokenSignsIn => false;
    /// <summary>A Blazor page (its form posts go through the same sign-in check).</summary>
    public virtual bool IsPage => false;

    public abstract string? Allowed(Reply reply, Principal caller, Transport transport, TrustIds own);
    public abstract string? Refused(Reply reply, bool anonymous, Transport transport);
    public virtual string? OtherTrust(Reply reply, bool idsInPath, TrustIds theirs) => "no answer is stated for another trust's ids";
    /// <summary>For the document: what an allowed caller gets with another trust's ids.</summary>
    public virtual string OtherTrustText(bool idsInPath) => "not stated";

    protected static string? Expect(bool ok, string expected) => ok ? null : expected;

    /// <summary>/api/v1: status codes, never a redirect.</summary>
    public static readonly Answer Api = new ApiAnswer();
    /// <summary>/openapi and /scalar: for anyone signed in, by cookie or token.</summary>
    public static readonly Answer Docs = new DocsAnswer();
    /// <summary>The Hangfire dashboard.</summary>
    public static readonly Answer Dashboard = new DashboardAnswer();
    /// <summary>/health: up or not for everyone, the checks' detail for the SystemAdmin.</summary>
    public static readonly Answer Health = new HealthAnswer();
    /// <summary>/metrics: Prometheus' text for the SystemAdmin (and a scraper bearing Metrics:ScrapeToken); a status code for anyone else.</summary>
    public static readonly Answer Metrics = new MetricsAnswer();
    /// <summary>Account form posts (sign-in, sign-out, switch trust…): a redirect, and only with the page's form token.</summary>
    public static readonly Answer Form = new FormAnswer();

    /// <summary>A Blazor page that shows <paramref name="shows"/>; with another trust's id it shows <paramref name="notFound"/> and nothing of that trust.</summary>
    public static Answer Page(string shows, string? notFound = null) => new PageAnswer(_ => shows, notFound);
    public static Answer Page(Func<TrustIds, string> shows, string notFound) => new PageAnswer(shows, notFound);
    /// <summary>The framework's own plumbing (Blazor's circuit, the static-file fallback): the same answer whoever asks.</summary>
    public static Answer Framework(HttpStatusCode status) => new FrameworkAnswer(status);
    /// <summary>A step of a sign-in with another party (the organisation's provider): a redirect to <paramref name="path"/> for anyone who arrives without its state.</summary>
    public static Answer RedirectsTo(string path) => new RedirectAnswer(path);

    private sealed class ApiAnswer : Answer
    {
        public override string Name => "API";
        public override string AllowedText => "2xx, or a 4xx about the input (400, 409, 422…)";
        public override string RefusedText => "401 nobody · 403 no role";
        public override bool TokenSignsIn => true;

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) =>
            Expect(r.Code is (>= 200 and < 300) or (>= 400 and < 500)
                && r.Status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed),
                "reached (not 3xx/401/403/404/405/5xx)");

        public override string? Refused(Reply r, bool anonymous, Transport transport) =>
            anonymous ? Expect(r.Status == HttpStatusCode.Unauthorized, "401") : Expect(r.Status == HttpStatusCode.Forbidden, "403");

        // An id in the path or query is looked up through the tenant filter: not found. An id in the body is
        // refused by the request's validator ("not in this trust", 400) or not found by its handler (404).
        public override string? OtherTrust(Reply r, bool idsInPath, TrustIds theirs) => idsInPath
            ? Expect(r.Status == HttpStatusCode.NotFound, "404")
            : Expect(r.Status is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, "400 or 404 (not in this trust)");

        public override string OtherTrustText(bool idsInPath) => idsInPath ? "404" : "400 or 404";
    }

    private sealed class DocsAnswer : Answer
    {
        public override string Name => "docs";
        public override string AllowedText => "200";
        public override string RefusedText => "401 or 302 /account/login";
        public override bool TokenSignsIn => true;

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) => Expect(r.Status == HttpStatusCode.OK, "200");

        public override string? Refused(Reply r, bool anonymous, Transport transport) =>
            Expect(r.Status == HttpStatusCode.Unauthorized || r.RedirectPath == "/account/login", "401 or 302 /account/login");
    }

    private sealed class DashboardAnswer : Answer
    {
        public override string Name => "dashboard";
        public override string AllowedText => "200 dashboard";
        public override string RefusedText => "nobody or token: 401 or 302 /account/login · signed in: 403 or 302 /account/denied";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) =>
            Expect(r.Status == HttpStatusCode.OK && r.Body.Contains("QipTracker jobs"), "200 with the dashboard");

        // Refused by Hangfire's own filter (a status code) or by the endpoint's cookie policy (the cookie's redirects).
        public override string? Refused(Reply r, bool anonymous, Transport transport) => anonymous
            ? Expect(r.Status == HttpStatusCode.Unauthorized || r.IsSignInChallenge, "401 or 302 /account/login?ReturnUrl=…")
            : Expect(r.Status == HttpStatusCode.Forbidden || r.IsDenied, "403 or 302 /account/denied?ReturnUrl=…");
    }

    private sealed class HealthAnswer : Answer
    {
        public override string Name => "health";
        public override string AllowedText => "200 {\"status\"}; the checks' detail for the SystemAdmin only";
        public override string RefusedText => "never refused";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own)
        {
            if (r.Status != HttpStatusCode.OK) return "200";
            using var json = JsonDocument.Parse(r.Body);
            var names = json.RootElement.EnumerateObject().Select(p => p.Name).ToList();
            return caller == Principal.SystemAdmin && transport == Transport.Cookie
                ? Expect(names.Contains("status") && names.Contains("checks"), "the status and each check's detail")
                : Expect(names.SequenceEqual(["status"]), "only {\"status\": …}, no check's detail");
        }

        public override string? Refused(Reply r, bool anonymous, Transport transport) => "never refused";
    }

    private sealed class MetricsAnswer : Answer
    {
        public override string Name => "metrics";
        public override string AllowedText => "200 Prometheus text (also to a scraper bearing Metrics:ScrapeToken)";
        public override string RefusedText => "401 nobody or token · 403 signed in, not the SystemAdmin";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) =>
            Expect(r.Status == HttpStatusCode.OK && r.Body.Contains("# TYPE", StringComparison.Ordinal), "200 with Prometheus text");

        public override string? Refused(Reply r, bool anonymous, Transport transport) =>
            anonymous ? Expect(r.Status == HttpStatusCode.Unauthorized, "401") : Expect(r.Status == HttpStatusCode.Forbidden, "403");
    }

    private sealed class FormAnswer : Answer
    {
        public override string Name => "form";
        public override string AllowedText => "302 to a page (not the sign-in challenge); 400 without the form token";
        public override string RefusedText => "302 /account/login nobody · 403 not a member";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) =>
            Expect(r.Status == HttpStatusCode.Redirect && !r.IsSignInChallenge && r.RedirectPath != "/account/denied", "302 to a page");

        public override string? Refused(Reply r, bool anonymous, Transport transport) =>
            anonymous ? Expect(r.IsSignInChallenge, "302 /account/login?ReturnUrl=…") : Expect(r.Status == HttpStatusCode.Forbidden, "403");

        public override string? OtherTrust(Reply r, bool idsInPath, TrustIds theirs) => Expect(r.Status == HttpStatusCode.Forbidden, "403 (not a member)");
        public override string OtherTrustText(bool idsInPath) => "403 not a member";
    }

    private sealed class PageAnswer(Func<TrustIds, string> shows, string? notFound) : Answer
    {
        public override string Name => "page";
        public override bool IsPage => true;
        public override string AllowedText => "200 page";
        public override string RefusedText => "302 /account/login nobody or token · 302 /account/denied no role";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) =>
            Expect(r.Status == HttpStatusCode.OK && r.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true && WebUtility.HtmlDecode(r.Body).Contains(shows(own)),
                $"200 with the page showing \"{shows(own)}\"");

        public override string? Refused(Reply r, bool anonymous, Transport transport) =>
            anonymous ? Expect(r.IsSignInChallenge, "302 /account/login?ReturnUrl=…") : Expect(r.IsDenied, "302 /account/denied?ReturnUrl=…");

        public override string? OtherTrust(Reply r, bool idsInPath, TrustIds theirs) => notFound is null
            ? "no answer is stated for another trust's ids"
            : Expect(r.Status == HttpStatusCode.OK && r.Body.Contains(notFound) && !Shows(r, theirs.Name) && !Shows(r, theirs.KpiCode),
                $"200 showing {notFound} and nothing of the other trust (its name, its KPI's code)");

        private static bool Shows(Reply r, string text) => WebUtility.HtmlDecode(r.Body).Contains(text);

        public override string OtherTrustText(bool idsInPath) => "200 \"not found\", none of its data";
    }

    private sealed class RedirectAnswer(string path) : Answer
    {
        public override string Name => "redirect";
        public override string AllowedText => $"302 {path} without the provider's answer";
        public override string RefusedText => "never refused";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) => Expect(r.RedirectPath == path, $"302 {path}");
        public override string? Refused(Reply r, bool anonymous, Transport transport) => "never refused";
    }

    private sealed class FrameworkAnswer(HttpStatusCode status) : Answer
    {
        public override string Name => $"framework {(int)status}";
        public override string AllowedText => $"{(int)status} for everyone";
        public override string RefusedText => "never refused";

        public override string? Allowed(Reply r, Principal caller, Transport transport, TrustIds own) => Expect(r.Status == status, $"{(int)status}");
        public override string? Refused(Reply r, bool anonymous, Transport transport) => "never refused";
    }
}
