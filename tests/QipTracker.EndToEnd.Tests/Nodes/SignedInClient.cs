using System.Net;
using System.Text.RegularExpressions;

namespace QipTracker.EndToEnd.Tests.Nodes;

/// <summary>
/// A person's cookies over plain HTTP, sent to whichever node is asked (as a load balancer without sticky sessions
/// would): signs in through the account form with its antiforgery token, as the sign-in page's own form does.
/// </summary>
public sealed partial class SignedInClient : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
    private readonly Dictionary<string, string> _cookies = [];

    public static async Task<SignedInClient> SignInAsync(string baseUrl, string email, string password)
    {
        var client = new SignedInClient();
        var token = await client.FormTokenAsync(baseUrl, "/account/login");
        var signedIn = await client.PostAsync(baseUrl, "/account/login", new() { ["email"] = email, ["password"] = password, ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.True(client._cookies.ContainsKey("qip.auth"), "no sign-in cookie was set");
        return client;
    }

    /// <summary>Another client holding a copy of these cookies (as a copied or stolen cookie would be).</summary>
    public SignedInClient Copy()
    {
        var copy = new SignedInClient();
        foreach (var (name, value) in _cookies) copy._cookies[name] = value;
        return copy;
    }

    public async Task<HttpResponseMessage> GetAsync(string baseUrl, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, baseUrl + path);
        return await SendAsync(request);
    }

    public async Task<HttpResponseMessage> PostAsync(string baseUrl, string path, Dictionary<string, string> form)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, baseUrl + path) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(request);
    }

    /// <summary>The antiforgery token in the page's form (the page also sets the cookie it pairs with).</summary>
    public async Task<string> FormTokenAsync(string baseUrl, string path)
    {
        var page = await GetAsync(baseUrl, path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return WebUtility.HtmlDecode(TokenPattern().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0) request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        var response = await _http.SendAsync(request);
        foreach (var line in response.Headers.TryGetValues("Set-Cookie", out var lines) ? lines : [])
        {
            var pair = line.Split(';')[0];
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (value.Length == 0 || line.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase)) _cookies.Remove(name);
            else _cookies[name] = value;
        }
        return response;
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
