using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace QipTracker.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy the app sees plain HTTP; the proxy says what the browser used in
/// X-Forwarded-Proto and X-Forwarded-For. Believed only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges), each a list or one comma-separated value;
/// with neither set the headers are ignored from everyone, so a client cannot claim HTTPS or another address.
/// Once believed, the request is HTTPS to the app: cookies are Secure and HSTS is sent.
/// </summary>
public static class ForwardedHeadersSetup
{
    public const string ProxiesKey = "ForwardedHeaders:KnownProxies";
    public const string NetworksKey = "ForwardedHeaders:KnownNetworks";

    public static IServiceCollection AddQipForwardedHeaders(this IServiceCollection services, IConfiguration config)
    {
        var proxies = Values(config, ProxiesKey).Select(v => IPAddress.TryParse(v, out var ip) ? ip
            : throw new InvalidOperationException($"{ProxiesKey}: '{v}' is not an IP address.")).ToList();
        var networks = Values(config, NetworksKey).Select(v => System.Net.IPNetwork.TryParse(v, out var network) ? network
            : throw new InvalidOperationException($"{NetworksKey}: '{v}' is not a network in CIDR form (e.g. 10.0.0.0/8).")).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Out of the box loopback is trusted; here only what is configured is.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies) o.KnownProxies.Add(proxy);
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>Before anything that reads the scheme or the client's address (HSTS, cookies, the CSP's socket URL).</summary>
    public static IApplicationBuilder UseQipForwardedHeaders(this IApplicationBuilder app, IConfiguration config) =>
        Values(config, ProxiesKey).Any() || Values(config, NetworksKey).Any() ? app.UseForwardedHeaders() : app;

    // "a, b" in one value (an environment variable) or a list (appsettings.json, Key__0, Key__1).
    private static IEnumerable<string> Values(IConfiguration config, string key)
    {
        var section = config.GetSection(key);
        var values = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
