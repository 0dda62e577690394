using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>
/// The trust whose identity provider this request talks to (a request feature): set by the start endpoint before
/// the challenge, and by <see cref="SsoCallbackSettings"/> for the provider's answer. <see cref="SsoOptionsMonitor"/>
/// builds the handler's options from it.
/// </summary>
public sealed record SsoProvider(Guid TrustId, string Authority, string ClientId, string ClientSecretName, Guid Stamp)
{
    public static SsoProvider From(Domain.Trusts.SingleSignOn s) => new(s.TrustId, s.Authority, s.ClientId, s.ClientSecretName, s.Stamp);

    /// <summary>Options are built once per trust and version of its settings: a change is picked up by every node, no restart.</summary>
    public string OptionsName => $"{SsoScheme.Name}:{TrustId:N}:{Stamp:N}";
}
