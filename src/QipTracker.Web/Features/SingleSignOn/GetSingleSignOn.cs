using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.SingleSignOn;

/// <summary>The trust's single sign-on settings as its administrator sees them, with who may be its break-glass account.</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record GetSingleSignOn : IQuery<SingleSignOnDto>;

/// <param name="Configured">False until the administrator first saves: the other fields are then empty.</param>
/// <param name="CallbackPath">The path to register as the redirect URI with the provider, after the app's own address.</param>
/// <param name="SecretConfigured">Whether this app has a value for the named secret (never the value).</param>
/// <param name="Administrators">The trust's administrators, one of whom may be the break-glass account.</param>
public sealed record SingleSignOnDto(bool Configured, string Authority, string ClientId, string ClientSecretName, bool SecretConfigured,
    IReadOnlyList<string> AllowedEmailDomains, bool RequireSingleSignOn, Guid? BreakGlassUserId, string CallbackPath,
    IReadOnlyList<AdministratorDto> Administrators);

public sealed record AdministratorDto(Guid UserId, string Name, string Email);

public sealed class GetSingleSignOnHandler(QipDbContext db, ICurrentUser user, IConfiguration config)
    : IRequestHandler<GetSingleSignOn, SingleSignOnDto>
{
    public Task<SingleSignOnDto> Handle(GetSingleSignOn request, CancellationToken ct) =>
        LoadAsync(db, user.TrustId ?? throw new NotFoundException("Your trust"), config, ct);

    /// <summary>Also the answer to a change (<see cref="ConfigureSingleSignOn"/>), read in the same unit of work.</summary>
    public static async Task<SingleSignOnDto> LoadAsync(QipDbContext db, Guid trustId, IConfiguration config, CancellationToken ct)
    {
        var admins = await db.Memberships.Where(m => m.Role == TrustRole.TrustAdmin)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new AdministratorDto(u.Id, u.DisplayName, u.Email ?? ""))
            .Distinct().ToListAsync(ct);
        admins = admins.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList();
        var callback = SingleSignOnPaths.Callback(trustId);
        var s = await db.SingleSignOn.AsNoTracking().SingleOrDefaultAsync(ct);
        return s is null
            ? new SingleSignOnDto(false, "", "", "", false, [], false, null, callback, admins)
            : new SingleSignOnDto(true, s.Authority, s.ClientId, s.ClientSecretName, SingleSignOnSecrets.Has(config, s.ClientSecretName),
                s.AllowedEmailDomains, s.RequireSingleSignOn, s.BreakGlassUserId, callback, admins);
    }
}
