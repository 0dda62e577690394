using System.Text.Encodings.Web;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Account;

/// <summary>The signed-in person's two-factor state, with the key and otpauth URI to enrol an authenticator app.</summary>
[AnySignedInUser]
public sealed record GetTwoFactorSetup : IQuery<TwoFactorSetup>;

public sealed record TwoFactorSetup(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>Turns two-factor on after the person proves their app shows the right code; answers one-time recovery codes.</summary>
[AnySignedInUser]
public sealed record EnableTwoFactor(string Code) : ICommand<IReadOnlyList<string>>;

[AnySignedInUser]
public sealed record DisableTwoFactor : ICommand<bool>;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactor>
{
    public EnableTwoFactorValidator() =>
        RuleFor(r => r.Code).NotEmpty().Must(c => c.Count(char.IsDigit) == 6).WithMessage("Enter the 6-digit code your authenticator app shows.");
}

public sealed class TwoFactorHandlers(UserManager<AppUser> users, ICurrentUser current, QipDbContext db, SecurityLog log) :
    IRequestHandler<GetTwoFactorSetup, TwoFactorSetup>,
    IRequestHandler<EnableTwoFactor, IReadOnlyList<string>>,
    IRequestHandler<DisableTwoFactor, bool>
{
    public async Task<TwoFactorSetup> Handle(GetTwoFactorSetup request, CancellationToken ct)
    {
        var user = await Me();
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

    public async Task<IReadOnlyList<string>> Handle(EnableTwoFactor request, CancellationToken ct)
    {
        var user = await Me();
        var code = new string(request.Code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            throw new DomainException("That code is not right. Check the time on your phone and enter the current code.");
        await users.SetTwoFactorEnabledAsync(user, true);
        await log.WriteAsync(db, SecurityEventKind.TwoFactorEnabled, user.Id, user.Email, current.TrustId);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
    }

    public async Task<bool> Handle(DisableTwoFactor request, CancellationToken ct)
    {
        var user = await Me();
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await log.WriteAsync(db, SecurityEventKind.TwoFactorDisabled, user.Id, user.Email, current.TrustId);
        return true;
    }

    private async Task<AppUser> Me() =>
        await users.FindByIdAsync(current.UserId!.Value.ToString()) ?? throw new NotFoundException("Your account");

    private static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4)))).ToLowerInvariant();
}
