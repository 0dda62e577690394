using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// One route of the app: how to call it from a trust's ids, who may use it with the sign-in cookie, who with a
/// personal API token (a token carries its one role), and what the answer looks like. "*" as the method is a
/// route mapped for every method (it is called with GET unless <see cref="Call"/> says otherwise).
/// </summary>
public sealed record RouteRow(string Method, string Route, Principal[] Cookie, Principal[] Token, Answer Answer,
    Func<Target, string> Path, Func<Target, HttpContent?>? Body = null)
{
    /// <summary>The method to call a "*" route with.</summary>
    public string? Call { get; init; }

    /// <summary>
    /// The call replaces or ends the caller's session (trust switch, password change, sign-out): these rows run
    /// after the caller's others, in table order (sign-out last), on one fresh sign-in of a second person with
    /// the same role, so the shared sessions stay as they were.
    /// </summary>
    public bool EndsSession { get; init; }

    /// <summary>Added by another branch of issue 10: listed now, reconciled when the branches merge.</summary>
    public bool Pending { get; init; }

    public string Key => $"{Method} {Route}";
    public string CallMethod => Call ?? (Method == "*" ? "GET" : Method);

    public bool Allows(Principal caller, Transport transport) => (transport == Transport.Cookie ? Cookie : Token).Contains(caller);

    /// <summary>
    /// Whether the row names a trust's rows, and whether in its path or query (else only in its body). A row that
    /// names them is also called with another trust's.
    /// </summary>
    public (bool Named, bool InPath) NamesIds()
    {
        var probe = Target.Placeholder(Principal.Of(Domain.Trusts.TrustRole.Pmo), formToken: "probe");
        Path(probe);
        var inPath = probe.UsedIds;
        Body?.Invoke(probe)?.Dispose();
        return (probe.UsedIds, inPath);
    }
}

/// <summary>Request bodies the route table sends.</summary>
public static class Bodies
{
    /// <summary>Edits carry a version nobody has: the call gets past access (409 is an answer, not a refusal) and changes nothing.</summary>
    public const long Stale = 999_999;
    public static readonly DateOnly Day = new(2026, 12, 1);

    public static HttpContent Json(object body) => JsonContent.Create(body);

    /// <summary>A name no other call uses: the same title twice in one tick of the test clock would read as one timeline entry.</summary>
    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];

    /// <summary>A form as the account pages post it, with the antiforgery form token from the caller's page.</summary>
    public static HttpContent FormPost(Target t, params (string Key, string Value)[] fields)
    {
        var all = fields.ToDictionary(f => f.Key, f => f.Value);
        if (t.FormToken is not null) all["__RequestVerificationToken"] = t.FormToken;
        return new FormUrlEncodedContent(all);
    }

    public static HttpContent Pdf()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "audit.pdf");
        form.Add(new StringContent(Unique("Audit ")), "title");
        form.Add(new StringContent("Checks done"), "whatItShows");
        return form;
    }

    public static HttpContent PlanCsv()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("isg,finding_ref\n"u8.ToArray()), "file", "plan.csv");
        return form;
    }

    public static HttpContent MeasurementsCsv(Target t)
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes($"kpi_code,period,value,note\n{t.KpiCode},2026-03,5,\n")), "file", "measurements.csv");
        return form;
    }
}
