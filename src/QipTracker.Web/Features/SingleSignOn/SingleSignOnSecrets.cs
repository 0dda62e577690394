namespace QipTracker.Web.Features.SingleSignOn;

/// <summary>
/// Client secrets live in configuration under Sso:Secrets:&lt;name&gt; (environment Sso__Secrets__&lt;name&gt;, or a
/// secret store wired into configuration such as Azure Key Vault), never in the database.
/// </summary>
public static class SingleSignOnSecrets
{
    public static string? Find(IConfiguration config, string name) =>
        string.IsNullOrEmpty(name) ? null : config[$"Sso:Secrets:{name}"] is { Length: > 0 } value ? value : null;

    public static bool Has(IConfiguration config, string name) => Find(config, name) is not null;
}
