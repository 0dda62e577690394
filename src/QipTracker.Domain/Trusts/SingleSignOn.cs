using System.Text.RegularExpressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Trusts;

/// <summary>
/// A trust's own identity provider (NHSmail, the trust's Microsoft Entra ID, any OpenID Connect
/// provider): where its staff sign in, which email domains it vouches for, and whether password
/// sign-in is refused to the trust's members. The client secret is never held here: only the name
/// of the configuration entry (or secret-store entry) that holds it.
/// </summary>
public sealed partial class SingleSignOn : TenantEntity
{
    public const int MaxAuthority = 300, MaxClientId = 200, MaxSecretName = 100, MaxDomain = 100, MaxDomains = 20;

    public string Authority { get; private set; } = "";
    public string ClientId { get; private set; } = "";
    /// <summary>Name of the entry Sso:Secrets:&lt;name&gt; in configuration; empty for a public client (PKCE only).</summary>
    public string ClientSecretName { get; private set; } = "";
    /// <summary>Lower case, no "@": "nhs.net", "northbridge.nhs.uk".</summary>
    public List<string> AllowedEmailDomains { get; private set; } = [];
    public bool RequireSingleSignOn { get; private set; }
    /// <summary>The one trust administrator who may still sign in with a password when single sign-on is required (the provider may be down).</summary>
    public Guid? BreakGlassUserId { get; private set; }
    /// <summary>Changes with every change, so each app node builds the provider's options afresh without a restart.</summary>
    public Guid Stamp { get; private set; } = Guid.NewGuid();

    private SingleSignOn() { }

    public SingleSignOn(Guid trustId) : base(trustId) { }

    public void Configure(string authority, string clientId, string? clientSecretName, IEnumerable<string> allowedEmailDomains,
        bool requireSingleSignOn, Guid? breakGlassUserId)
    {
        // Everything is checked before anything changes, so a refused change leaves the settings as they were.
        var uri = ParseAuthority(authority);
        if (string.IsNullOrWhiteSpace(clientId)) throw new DomainException("Give the client (application) ID your identity provider issued.");
        var secretName = (clientSecretName ?? "").Trim();
        if (secretName.Length > MaxSecretName || (secretName.Length > 0 && !SecretNamePattern().IsMatch(secretName)))
            throw new DomainException("The secret name may use letters, digits, '-' and '_' only: it names a configuration entry, it is not the secret.");
        var domains = allowedEmailDomains.Select(NormaliseDomain).Where(d => d.Length > 0).Distinct().ToList();
        if (domains.Count == 0) throw new DomainException("Give at least one email domain whose people sign in through this provider.");
        if (domains.Count > MaxDomains) throw new DomainException($"At most {MaxDomains} email domains.");
        if (requireSingleSignOn && breakGlassUserId is null)
            throw new DomainException("Name a break-glass administrator before requiring single sign-on: someone must be able to sign in if the provider is down.");

        Authority = uri.ToString().TrimEnd('/');
        ClientId = clientId.Trim();
        ClientSecretName = secretName;
        AllowedEmailDomains = domains;
        RequireSingleSignOn = requireSingleSignOn;
        BreakGlassUserId = breakGlassUserId;
        Stamp = Guid.NewGuid();
    }

    /// <summary>The domain part of an email address, as the allowed domains hold it; empty when it is not an address.</summary>
    public static string DomainOf(string? email)
    {
        var at = email?.Trim().LastIndexOf('@') ?? -1;
        return at <= 0 ? "" : email!.Trim()[(at + 1)..].ToLowerInvariant();
    }

    public bool Allows(string? email) => DomainOf(email) is { Length: > 0 } domain && AllowedEmailDomains.Contains(domain);

    /// <summary>Plain HTTP only for a provider on this machine (a developer's or a test's); anything else must be HTTPS.</summary>
    public static bool IsLoopback(string authority) => Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static Uri ParseAuthority(string authority)
    {
        var text = (authority ?? "").Trim();
        if (text.Length > MaxAuthority || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            throw new DomainException("The authority must be the provider's https:// address, e.g. https://login.microsoftonline.com/<tenant-id>/v2.0.");
        return uri;
    }

    private static string NormaliseDomain(string domain)
    {
        var d = (domain ?? "").Trim().TrimStart('@').ToLowerInvariant();
        if (d.Length == 0) return "";
        if (d.Length > MaxDomain || !DomainPattern().IsMatch(d)) throw new DomainException($"'{d}' is not an email domain (like nhs.net).");
        return d;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex SecretNamePattern();

    [GeneratedRegex(@"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$")]
    private static partial Regex DomainPattern();
}
