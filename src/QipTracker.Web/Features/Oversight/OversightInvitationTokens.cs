using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Web.Features.People;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// The link a new oversight member chooses their first password from. It lasts as long as a trust's invitation
/// (<see cref="Invitations.ValidFor"/>), not a password reset's hour: the email may wait in a commissioner's inbox.
/// One use, as setting the password changes the security stamp the token is bound to. Its own protector and purpose,
/// so a reset token is no invitation and an invitation is no reset.
/// </summary>
public sealed class OversightInvitationTokens(IDataProtectionProvider protection, ILogger<DataProtectorTokenProvider<AppUser>> logger)
    : DataProtectorTokenProvider<AppUser>(protection,
        Microsoft.Extensions.Options.Options.Create(new DataProtectionTokenProviderOptions { Name = Provider, TokenLifespan = Invitations.ValidFor }), logger)
{
    public const string Provider = "OversightInvitation";
    public const string Purpose = "ChooseFirstPassword";

    public static Task<string> IssueAsync(UserManager<AppUser> users, AppUser user) => users.GenerateUserTokenAsync(user, Provider, Purpose);

    /// <summary>True for an unused, unexpired invitation token of an account that has no password yet.</summary>
    public static async Task<bool> IsValidAsync(UserManager<AppUser> users, AppUser user, string token) =>
        !await users.HasPasswordAsync(user) && await users.VerifyUserTokenAsync(user, Provider, Purpose, token);
}
