using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// The options the single OpenID Connect handler runs with: those of the trust this request talks to
/// (<see cref="SsoProvider"/>), built by the options factory (so the framework's own post-configuration runs:
/// metadata retrieval, state protection) and kept per trust and settings version. With no trust in the request the
/// handler is dormant: its callback path is one no request reaches.
/// </summary>
public sealed class SsoOptionsMonitor(IOptionsFactory<OpenIdConnectOptions> factory, IHttpContextAccessor http) : IOptionsMonitor<OpenIdConnectOptions>
{
    public const string DormantName = SsoScheme.Name + ":dormant";
    private readonly ConcurrentDictionary<string, OpenIdConnectOptions> _built = new();

    public OpenIdConnectOptions CurrentValue => Get(Options.DefaultName);

    public OpenIdConnectOptions Get(string? name)
    {
        var provider = http.HttpContext?.Features.Get<SsoProvider>();
        if (provider is null) return _built.GetOrAdd(DormantName, factory.Create);
        if (_built.TryGetValue(provider.OptionsName, out var options)) return options;
        // A trust's settings changed: its older options go (their metadata cache and backchannel with them).
        foreach (var stale in _built.Keys.Where(k => k.StartsWith($"{SsoScheme.Name}:{provider.TrustId:N}:", StringComparison.Ordinal)))
            _built.TryRemove(stale, out _);
        return _built.GetOrAdd(provider.OptionsName, factory.Create);
    }

    public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
}
