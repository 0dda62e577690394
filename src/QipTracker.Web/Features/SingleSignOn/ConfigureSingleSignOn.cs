using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.SingleSignOn;

/// <summary>
/// The trust administrator sets the trust's identity provider. The secret is named, never given: its value lives in
/// configuration or the secret store as Sso:Secrets:&lt;name&gt;. The change is audited like any trust setting.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ConfigureSingleSignOn(string Authority, string ClientId, string? ClientSecretName, IReadOnlyList<string> AllowedEmailDomains,
    bool RequireSingleSignOn, Guid? BreakGlassUserId) : ICommand<SingleSignOnDto>;

public sealed class ConfigureSingleSignOnValidator : AbstractValidator<ConfigureSingleSignOn>
{
    public ConfigureSingleSignOnValidator()
    {
        RuleFor(r => r.Authority).NotEmpty().MaximumLength(Domain.Trusts.SingleSignOn.MaxAuthority);
        RuleFor(r => r.ClientId).NotEmpty().MaximumLength(Domain.Trusts.SingleSignOn.MaxClientId);
        RuleFor(r => r.ClientSecretName).MaximumLength(Domain.Trusts.SingleSignOn.MaxSecretName);
        RuleFor(r => r.AllowedEmailDomains).NotEmpty();
        RuleForEach(r => r.AllowedEmailDomains).MaximumLength(Domain.Trusts.SingleSignOn.MaxDomain);
    }
}

public sealed class ConfigureSingleSignOnHandler(QipDbContext db, ICurrentUser user, IConfiguration config)
    : IRequestHandler<ConfigureSingleSignOn, SingleSignOnDto>
{
    public async Task<SingleSignOnDto> Handle(ConfigureSingleSignOn r, CancellationToken ct)
    {
        var trustId = user.TrustId ?? throw new NotFoundException("Your trust");
        // The break-glass account must be one of this trust's administrators: anyone else would be a way round SSO.
        if (r.BreakGlassUserId is { } breakGlass
            && !await db.Memberships.AnyAsync(m => m.UserId == breakGlass && m.Role == TrustRole.TrustAdmin, ct))
            throw new DomainException("The break-glass account must be one of this trust's administrators.");
        var settings = await db.SingleSignOn.SingleOrDefaultAsync(ct);
        if (settings is null) db.SingleSignOn.Add(settings = new Domain.Trusts.SingleSignOn(trustId));
        settings.Configure(r.Authority, r.ClientId, r.ClientSecretName, r.AllowedEmailDomains, r.RequireSingleSignOn, r.BreakGlassUserId);
        await db.SaveChangesAsync(ct);
        return await GetSingleSignOnHandler.LoadAsync(db, trustId, config, ct);
    }
}
