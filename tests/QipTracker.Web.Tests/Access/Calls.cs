using System.Text.RegularExpressions;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// Makes the matrix's calls as their callers would. A browser's cookie call says where it comes from: the
/// app's own page (Sec-Fetch-Site: same-origin, and Origin on anything that changes data). A token call is a
/// script's and says nothing of the kind.
/// </summary>
public static partial class Calls
{
    public const string ForeignOrigin = "http://localhost:9999";

    public static async Task<Reply> SendAsync(HttpClient client, Transport transport, string method, string path, HttpContent? body,
        string fetchSite = "same-origin", string? origin = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body };
        if (transport == Transport.Cookie)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
            if (method is not ("GET" or "HEAD")) request.Headers.Add("Origin", origin ?? client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        }
        using var response = await client.SendAsync(request);
        return new Reply(response.StatusCode, response.Headers.Location?.OriginalString, response.Content.Headers.ContentType?.ToString(),
            await response.Content.ReadAsStringAsync(), path);
    }

    /// <summary>The form token the sign-in page gives this client (bound to whoever the client is signed in as).</summary>
    public static async Task<string> FormTokenAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("Sec-Fetch-Site", "same-origin");
        using var response = await client.SendAsync(request);
        var match = TokenPattern().Match(await response.Content.ReadAsStringAsync());
        if (!match.Success) throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
