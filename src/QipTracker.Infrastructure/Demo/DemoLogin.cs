namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// One demo sign-in. Role is a <see cref="QipTracker.Domain.Trusts.TrustRole"/> name, or "SystemAdmin"
/// for the platform administrator, or "Oversight" for the ICB's reader (neither is a trust role).
/// </summary>
public sealed record DemoLogin(string Role, string Email, string DisplayName)
{
    public const string SystemAdminRole = "SystemAdmin";
    /// <summary>A person of the demo ICB: reads the trust's plan summary on the oversight portfolio, nothing else.</summary>
    public const string OversightRole = "Oversight";
}
