using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.ApiTokens;

public sealed record ApiTokenDto(Guid Id, string Name, TrustRole Role, string Prefix, DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>The new token: the secret appears here once and is never retrievable again.</summary>
public sealed record CreatedApiToken(ApiTokenDto Token, string Secret);

/// <summary>Makes a personal API token for one of the caller's own roles in the current trust.</summary>
[AnyTrustMember]
public sealed record CreateApiToken(string Name, TrustRole Role, int ExpiresInDays = 90) : ICommand<CreatedApiToken>;

[AnyTrustMember]
public sealed record ListMyApiTokens : IQuery<IReadOnlyList<ApiTokenDto>>;

[AnyTrustMember]
public sealed record RevokeApiToken(Guid TokenId) : ICommand<ApiTokenDto>;

public sealed class CreateApiTokenValidator : AbstractValidator<CreateApiToken>
{
    public CreateApiTokenValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(InputLimits.ShortName);
        RuleFor(r => r.ExpiresInDays).InclusiveBetween(1, 366).WithMessage("A token lasts between 1 and 366 days.");
    }
}

public sealed class ApiTokenHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock, SecurityLog log) :
    IRequestHandler<CreateApiToken, CreatedApiToken>,
    IRequestHandler<ListMyApiTokens, IReadOnlyList<ApiTokenDto>>,
    IRequestHandler<RevokeApiToken, ApiTokenDto>
{
    public async Task<CreatedApiToken> Handle(CreateApiToken r, CancellationToken ct)
    {
        if (!user.Roles.Contains(r.Role)) throw new DomainException($"You can only make a token for a role you hold here; you are not {RoleNames.Describe(r.Role)}.");
        var secret = ApiTokenSecrets.NewSecret();
        var now = clock.GetUtcNow();
        var token = new ApiToken(user.TrustId!.Value, user.UserId!.Value, r.Role, r.Name, secret[..10], ApiTokenSecrets.Hash(secret), now, now.AddDays(r.ExpiresInDays));
        db.ApiTokens.Add(token);
        log.Add(db, SecurityEventKind.ApiTokenCreated, token.UserId, await EmailOf(token.UserId, ct), token.TrustId, $"{token.Name} ({RoleNames.Describe(token.Role)}, {token.Prefix}…)");
        await db.SaveChangesAsync(ct);
        return new CreatedApiToken(Dto(token), secret);
    }

    public async Task<IReadOnlyList<ApiTokenDto>> Handle(ListMyApiTokens r, CancellationToken ct) =>
        (await db.ApiTokens.Where(t => t.UserId == user.UserId).OrderByDescending(t => t.CreatedAt).ToListAsync(ct)).Select(Dto).ToList();

    public async Task<ApiTokenDto> Handle(RevokeApiToken r, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == r.TokenId && t.UserId == user.UserId, ct)
                    ?? throw new NotFoundException($"API token {r.TokenId}");
        token.Revoke(clock.GetUtcNow());
        log.Add(db, SecurityEventKind.ApiTokenRevoked, token.UserId, await EmailOf(token.UserId, ct), token.TrustId, $"{token.Name} ({RoleNames.Describe(token.Role)}, {token.Prefix}…)");
        await db.SaveChangesAsync(ct);
        return Dto(token);
    }

    private Task<string?> EmailOf(Guid userId, CancellationToken ct) => db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleOrDefaultAsync(ct);

    private static ApiTokenDto Dto(ApiToken t) => new(t.Id, t.Name, t.Role, t.Prefix, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt);
}
