namespace QipTracker.Infrastructure.Identity;

/// <summary>
/// One sign-in on one device, kept on the server so that it can be ended: the sign-in cookie
/// carries the session's id and is refused once the session has ended (sign-out, a password
/// change or reset, the account disabled, or the person ending it from another device).
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public Guid UserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset LastSeenAt { get; private set; }
    public string? IpAddress { get; private set; }
    public string? UserAgent { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public SessionEnd? EndReason { get; private set; }

    private UserSession() { }

    public UserSession(Guid userId, DateTimeOffset at, string? ipAddress, string? userAgent)
    {
        UserId = userId;
        CreatedAt = at;
        LastSeenAt = at;
        IpAddress = Clip(ipAddress, MaxIpAddress);
        UserAgent = Clip(userAgent, MaxUserAgent);
    }

    public const int MaxIpAddress = 45, MaxUserAgent = 300;

    private static string? Clip(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value : value[..max];
}

/// <summary>Why a session ended.</summary>
public enum SessionEnd
{
    SignedOut,
    EndedByUser,
    PasswordChanged,
    PasswordReset,
    AccountDisabled,
    RolesChanged,
}
