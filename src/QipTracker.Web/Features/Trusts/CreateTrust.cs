using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.People;

namespace QipTracker.Web.Features.Trusts;

/// <summary>The platform's SystemAdmin creates a trust with its first TrustAdmin, who is invited by email.</summary>
[SystemAdminOnly]
public sealed record CreateTrust(string Name, string OdsCode, TrustType Type, string AdminEmail, string AdminName) : ICommand<CreatedTrust>;

public sealed record CreatedTrust(Guid TrustId, string Name, InvitationSent AdminInvitation);

public sealed class CreateTrustValidator : AbstractValidator<CreateTrust>
{
    public CreateTrustValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(InputLimits.Name);
        RuleFor(r => r.OdsCode).NotEmpty().Matches("^[A-Za-z0-9]{3,5}$").WithMessage("An ODS code is 3 to 5 letters and digits, e.g. RQM.");
        RuleFor(r => r.Type).IsInEnum();
        RuleFor(r => r.AdminEmail).NotEmpty().EmailAddress().MaximumLength(InputLimits.Email);
        RuleFor(r => r.AdminName).NotEmpty().MaximumLength(InputLimits.Name);
    }
}

public sealed class CreateTrustHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, Invitations invitations)
    : IRequestHandler<CreateTrust, CreatedTrust>
{
    public async Task<CreatedTrust> Handle(CreateTrust r, CancellationToken ct)
    {
        var name = r.Name.Trim();
        if (await db.Trusts.IgnoreQueryFilters().AnyAsync(t => t.Name == name, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Name"] = [$"A trust called '{name}' already exists."] });
        var trust = new Trust(name, r.OdsCode, r.Type, clock.GetUtcNow());
        db.Trusts.Add(trust);
        var sent = await invitations.InviteAsync(trust.Id, trust.Name, r.AdminEmail, r.AdminName, TrustRole.TrustAdmin, user.UserId ?? Guid.Empty, ct);
        await db.SaveChangesAsync(ct);
        return new CreatedTrust(trust.Id, trust.Name, sent);
    }
}
