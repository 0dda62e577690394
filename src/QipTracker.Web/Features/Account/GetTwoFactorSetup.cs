using System.Text.Encodings.Web;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Account;

/// <summary>The signed-in person's two-factor state, with the key and otpauth URI to enrol an authenticator app.</summary>
[AnySignedInUser]
public sealed record GetTwoFactorSetup : IQuery<TwoFactorSetup>;

public sealed record TwoFactorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

public sealed class GetTwoFactorSetupHandler(UserManager<AppUser> users, ICurrentUser current) : IRequestHandler<GetTwoFactorSetup, TwoFactorSetup>
{
    public async Task<TwoFactorSetup> Handle(GetTwoFactorSetup request, CancellationToken ct)
    {
        var user = await MyAccount.FindAsync(users, current);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        var uri = $"otpauth://totp/{UrlEncoder.Default.Encode("QipTracker")}:{UrlEncoder.Default.Encode(user.Email!)}" +
                  $"?secret={key}&issuer={UrlEncoder.Default.Encode("QipTracker")}&digits=6";
        return new TwoFactorSetup(await users.GetTwoFactorEnabledAsync(user), Grouped(key!), uri, await users.CountRecoveryCodesAsync(user));
    }

    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
}
