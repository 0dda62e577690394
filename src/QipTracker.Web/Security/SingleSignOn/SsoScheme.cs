namespace QipTracker.Web.Security.SingleSignOn;

public static class SsoScheme
{
    /// <summary>One OpenID Connect handler for every trust; its options are chosen per request (<see cref="SsoOptionsMonitor"/>).</summary>
    public const string Name = "sso";
    /// <summary>Authentication properties item: the trust whose provider was challenged.</summary>
    public const string TrustItem = "qip.sso.trust";
    public const string LoginHintItem = "qip.sso.hint";
}
