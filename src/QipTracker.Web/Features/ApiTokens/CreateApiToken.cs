using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.ApiTokens;

/// <summary>The new token: the secret appears here once and is never retrievable again.</summary>
public sealed record CreatedApiToken(ApiTokenDto Token, string Secret);

/// <summary>Makes a personal API token for one of the caller's own roles in the current trust.</summary>
[AnyTrustMember]
public sealed record CreateApiToken(string Name, TrustRole Role, int ExpiresInDays = 90) : ICommand<CreatedApiToken>;

public sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public CreateApiTokenValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(InputLimits.ShortName);
        RuleFor(r => r.ExpiresInDays).InclusiveBetween(1, 366).WithMessage("A token lasts between 1 and 366 days.");
    }
}

public sealed class CreateApiTokenHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, SecurityLog log) : IRequestHandler<CreateApiToken, CreatedApiToken>
{
    public async Task<CreatedApiToken> Handle(CreateApiToken r, CancellationToken ct)
    {
        if (!user.Roles.Contains(r.Role)) throw new DomainException($"You can only make a token for a role you hold here; you are not {RoleNames.Describe(r.Role)}.");
        var secret = ApiTokenSecrets.NewSecret();
        var now = clock.GetUtcNow();
        var token = new ApiToken(user.TrustId!.Value, user.UserId!.Value, r.Role, r.Name, secret[..10], ApiTokenSecrets.Hash(secret), now, now.AddDays(r.ExpiresInDays));
        db.ApiTokens.Add(token);
        log.Add(db, SecurityEventKind.ApiTokenCreated, token.UserId, await ApiTokenView.EmailOfAsync(db, token.UserId, ct), token.TrustId, ApiTokenView.Describe(token));
        await db.SaveChangesAsync(ct);
        return new CreatedApiToken(ApiTokenView.Of(token), secret);
    }
}
