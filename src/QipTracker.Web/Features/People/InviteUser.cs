using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>
/// A TrustAdmin invites someone to the trust in a role. The person gets the one-time link by email
/// and joins only when they accept; the admin's answer is the same whether or not the email
/// already has an account somewhere on the platform.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record InviteUser(string Email, string DisplayName, TrustRole Role) : ICommand<InvitationSent>;

/// <summary>What the inviting admin learns: the address and role as they typed them, and when the link expires. Never the link.</summary>
public sealed record InvitationSent(string Email, TrustRole Role, DateTimeOffset ExpiresAt);

public sealed class InviteUserValidator : AbstractValidator<InviteUser>
{
    public InviteUserValidator()
    {
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(Domain.Common.InputLimits.Email);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(Domain.Common.InputLimits.Name);
        RuleFor(r => r.Role).IsInEnum();
    }
}

public sealed class InviteUserHandler(QipDbContext db, ICurrentUser current, Invitations invitations) : IRequestHandler<InviteUser, InvitationSent>
{
    public async Task<InvitationSent> Handle(InviteUser r, CancellationToken ct)
    {
        var trust = await db.Trusts.Where(t => t.Id == current.TrustId).Select(t => new { t.Id, t.Name }).SingleAsync(ct);
        var sent = await invitations.InviteAsync(trust.Id, trust.Name, r.Email, r.DisplayName, r.Role, current.UserId ?? Guid.Empty, ct);
        await db.SaveChangesAsync(ct);
        return sent;
    }
}
