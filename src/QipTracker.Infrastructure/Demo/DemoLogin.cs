namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// One demo sign-in. Role is a <see cref="QipTracker.Domain.Trusts.TrustRole"/> name, or "SystemAdmin"
/// for the platform administrator (not a trust role).
/// </summary>
public sealed record DemoLogin(string Role, string Email, string DisplayName)
{
    public const string SystemAdminRole = "SystemAdmin";
}
