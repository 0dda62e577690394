namespace QipTracker.Infrastructure.Identity;

/// <summary>
/// One line of the security log: who (the account it concerns, and who acted if someone else),
/// what, when, from which IP address and in which trust. Kept apart from the plan's audit trail:
/// platform-wide for the system administrator, by trust for a trust administrator.
/// </summary>
public sealed class SecurityEvent
{
    public Guid Id { get; private set; } = Guid.NewGuid();
    public DateTimeOffset At { get; private set; }
    public SecurityEventKind Kind { get; private set; }
    /// <summary>The account the event concerns; null for a failed sign-in to an unknown email.</summary>
    public Guid? UserId { get; private set; }
    /// <summary>The account's email at the time (or the email typed, for an unknown account).</summary>
    public string? Email { get; private set; }
    /// <summary>Who acted, when that is someone else (an administrator); null for the person themselves or the system.</summary>
    public Guid? ActorId { get; private set; }
    public Guid? TrustId { get; private set; }
    public string? IpAddress { get; private set; }
    /// <summary>What else is worth knowing: the role, the token's name, why a sign-in failed.</summary>
    public string? Detail { get; private set; }

    public const int MaxEmail = 256, MaxDetail = 300;

    private SecurityEvent() { }

    public SecurityEvent(SecurityEventKind kind, DateTimeOffset at, Guid? userId, string? email, Guid? actorId, Guid? trustId,
        string? ipAddress, string? detail)
    {
        Kind = kind;
        At = at;
        UserId = userId;
        Email = Clip(email, MaxEmail);
        ActorId = actorId == userId ? null : actorId;
        TrustId = trustId;
        IpAddress = Clip(ipAddress, UserSession.MaxIpAddress);
        Detail = Clip(detail, MaxDetail);
    }

    private static string? Clip(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= max ? value.Trim() : value[..max];
}

public enum SecurityEventKind
{
    SignedIn,
    SignInFailed,
    LockedOut,
    SignedOut,
    SessionEnded,
    PasswordChanged,
    PasswordResetRequested,
    PasswordReset,
    TwoFactorEnabled,
    TwoFactorDisabled,
    InvitationAccepted,
    InvitationDeclined,
    RoleRemoved,
    AccountDisabled,
    AccountEnabled,
    ApiTokenCreated,
    ApiTokenRevoked,
    /// <summary>An administrator downloaded everything held about the person (subject access).</summary>
    PersonalDataExported,
    /// <summary>An administrator erased the person who has left: sign-in removed, name and email replaced.</summary>
    AccountErased,
}
