using QipTracker.Infrastructure.Identity;

namespace QipTracker.Web.Security;

/// <summary>How security events read to people.</summary>
public static class SecurityEventText
{
    public static string Describe(SecurityEventKind kind) => kind switch
    {
        SecurityEventKind.SignedIn => "Signed in",
        SecurityEventKind.SignInFailed => "Sign-in failed",
        SecurityEventKind.LockedOut => "Account locked",
        SecurityEventKind.SignedOut => "Signed out",
        SecurityEventKind.SessionEnded => "Session ended",
        SecurityEventKind.PasswordChanged => "Password changed",
        SecurityEventKind.PasswordResetRequested => "Password reset requested",
        SecurityEventKind.PasswordReset => "Password reset",
        SecurityEventKind.TwoFactorEnabled => "Two-factor turned on",
        SecurityEventKind.TwoFactorDisabled => "Two-factor turned off",
        SecurityEventKind.InvitationAccepted => "Invitation accepted",
        SecurityEventKind.InvitationDeclined => "Invitation declined",
        SecurityEventKind.RoleRemoved => "Role removed",
        SecurityEventKind.AccountDisabled => "Account disabled",
        SecurityEventKind.AccountEnabled => "Account enabled",
        SecurityEventKind.ApiTokenCreated => "API token created",
        SecurityEventKind.ApiTokenRevoked => "API token revoked",
        SecurityEventKind.PersonalDataExported => "Personal data exported",
        SecurityEventKind.AccountErased => "Erased after leaving",
        _ => kind.ToString(),
    };

    /// <summary>Events that are warnings (shown in the danger colour).</summary>
    public static bool IsWarning(SecurityEventKind kind) =>
        kind is SecurityEventKind.SignInFailed or SecurityEventKind.LockedOut or SecurityEventKind.AccountDisabled;
}
