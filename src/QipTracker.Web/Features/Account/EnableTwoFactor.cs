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

/// <summary>Turns two-factor on after the person proves their app shows the right code; answers one-time recovery codes.</summary>
[AnySignedInUser]
public sealed record EnableTwoFactor(string Code) : ICommand<IReadOnlyList<string>>;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactor>
{
    public EnableTwoFactorValidator() =>
        RuleFor(r => r.Code).NotEmpty().Must(c => c.Count(char.IsDigit) == 6).WithMessage("Enter the 6-digit code your authenticator app shows.");
}

public sealed class EnableTwoFactorHandler(UserManager<AppUser> users, ICurrentUser current, QipDbContext db, SecurityLog log)
    : IRequestHandler<EnableTwoFactor, IReadOnlyList<string>>
{
    public async Task<IReadOnlyList<string>> Handle(EnableTwoFactor request, CancellationToken ct)
    {
        var user = await MyAccount.FindAsync(users, current);
        var code = new string(request.Code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
            throw new DomainException("That code is not right. Check the time on your phone and enter the current code.");
        await users.SetTwoFactorEnabledAsync(user, true);
        await log.WriteAsync(db, SecurityEventKind.TwoFactorEnabled, user.Id, user.Email, current.TrustId);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
    }
}
