using System.Globalization;
using System.Net;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Oversight;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.People;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// The SystemAdmin invites a person into an oversight organisation. The account is found or made as for a trust's
/// invitation (<see cref="Invitations.FindOrCreateAccountAsync"/>); someone new gets a one-time link to choose their
/// password, valid as long as a trust's invitation (<see cref="OversightInvitationTokens"/>); someone with a password is
/// told to sign in. An oversight user holds no trust role, so a member of a trust (or a SystemAdmin, or a member of
/// another organisation) is refused.
/// </summary>
[SystemAdminOnly]
public sealed record AddOversightMember(Guid OrganisationId, string Email, string DisplayName) : ICommand<Guid>;

public sealed class AddOversightMemberValidator : AbstractValidator<AddOversightMember>
{
    public AddOversightMemberValidator()
    {
        RuleFor(r => r.OrganisationId).NotEmpty();
        RuleFor(r => r.Email).NotEmpty().EmailAddress().MaximumLength(InputLimits.Email);
        RuleFor(r => r.DisplayName).NotEmpty().MaximumLength(InputLimits.Name);
    }
}

public sealed class AddOversightMemberHandler(QipDbContext db, Invitations invitations, UserManager<AppUser> users, IEmailSender email,
    IConfiguration config, TimeProvider clock) : IRequestHandler<AddOversightMember, Guid>
{
    public async Task<Guid> Handle(AddOversightMember r, CancellationToken ct)
    {
        var organisation = await db.OversightOrganisations.SingleOrDefaultAsync(o => o.Id == r.OrganisationId, ct)
            ?? throw new NotFoundException($"Oversight organisation {r.OrganisationId}");
        var user = await invitations.FindOrCreateAccountAsync(r.Email, r.DisplayName, null);
        if (user.IsSystemAdmin || await db.Memberships.IgnoreQueryFilters().AnyAsync(m => m.UserId == user.Id, ct)
            || await db.OversightMembers.AnyAsync(m => m.UserId == user.Id, ct))
            throw Refused(r.Email, "already has a role on QipTracker: an oversight user holds no other. Use another address.");

        db.OversightMembers.Add(new OversightMember(organisation.Id, user.Id, clock.GetUtcNow()));
        await email.QueueAsync(await EmailAsync(user, organisation.Name), ct);
        await db.SaveChangesAsync(ct);
        return user.Id;
    }

    private static RequestValidationException Refused(string address, string why) =>
        new(new Dictionary<string, string[]> { [nameof(AddOversightMember.Email)] = [$"{address.Trim()} {why}"] });

    private async Task<EmailMessage> EmailAsync(AppUser user, string organisation)
    {
        var baseUrl = (config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/');
        // Someone new chooses their password from a link that lasts as long as a trust's invitation, not a reset's hour.
        var expires = clock.GetUtcNow().Add(Invitations.ValidFor).ToString(UkDate.Long, CultureInfo.InvariantCulture);
        var (link, action) = await users.HasPasswordAsync(user)
            ? ($"{baseUrl}/account/login", "Sign in with your usual QipTracker password")
            : ($"{baseUrl}/account/reset-password?user={user.Id}&token={Uri.EscapeDataString(await OversightInvitationTokens.IssueAsync(users, user))}",
               $"Choose your password (the link works once and expires on {expires})");
        var name = user.DisplayName;
        return new EmailMessage(user.Email!, name, $"You can now read trusts' improvement plans for {organisation} on QipTracker",
            $"<p>Hello {WebUtility.HtmlEncode(name)},</p><p>You have been added to <strong>{WebUtility.HtmlEncode(organisation)}</strong> on QipTracker: " +
            "you will see the plan summary of every trust that grants your organisation access.</p>" +
            $"<p><a href=\"{link}\">{WebUtility.HtmlEncode(action)}</a></p><p>If you did not expect this, ignore this email.</p>",
            $"Hello {name},\n\nYou have been added to {organisation} on QipTracker: you will see the plan summary of every trust that grants your organisation access.\n\n" +
            $"{action}: {link}\n\nIf you did not expect this, ignore this email.");
    }
}
