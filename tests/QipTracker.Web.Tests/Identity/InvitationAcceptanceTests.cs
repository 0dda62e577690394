using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Tests.PlanImport;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Identity;

/// <summary>Invitations for people who already have an account: they sign in themselves, then accept or decline.</summary>
public abstract class InvitationAcceptanceTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust(string prefix) => TestTrust.CreateAsync(app.Services, $"{prefix} {Guid.NewGuid():N}"[..12]);

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) => new(fields.ToDictionary(f => f.Key, f => f.Value));

    private Task<bool> IsMember(Guid trustId, Guid userId, TrustRole role) =>
        app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Memberships.AnyAsync(m => m.TrustId == trustId && m.UserId == userId && m.Role == role));

    private Task<List<SecurityEvent>> EventsOf(Guid userId) =>
        app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().SecurityEvents.Where(e => e.UserId == userId).ToListAsync());

    [Fact]
    public async Task An_existing_user_signs_in_with_two_factor_and_then_accepts_on_the_invitations_page()
    {
        var home = await NewTrust("Home");
        var inviting = await NewTrust("Invi");
        var person = home[TrustRole.Pmo];
        var setup = await app.SendAs(home, TrustRole.Pmo, new GetTwoFactorSetup());
        await app.SendAs(home, TrustRole.Pmo, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));
        await app.SendAs(inviting, TrustRole.TrustAdmin, new InviteUser(person.Email, "Whoever", TrustRole.IsgChair));
        var link = await app.LatestLinkAsync(person.Email, "/account/accept-invitation");

        // Following the link before signing in: told to sign in, nothing else.
        var browser = app.NewBrowser();
        var page = await browser.GetStringAsync(link);
        Assert.Contains("data-testid=\"invitation-sign-in\"", page);
        Assert.DoesNotContain("name=\"password\"", page);

        var afterPassword = await browser.PostLoginAsync(person.Email, TestTrust.Password);
        Assert.StartsWith("/account/login-2fa", afterPassword.Headers.Location!.OriginalString);
        var csrf = await browser.AntiforgeryTokenAsync("/account/login-2fa");
        await browser.PostAsync("/account/login-2fa", Form(("code", Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)), ("__RequestVerificationToken", csrf)));

        var invitations = await browser.GetStringAsync("/account/invitations");
        Assert.Contains(inviting.Name, invitations);
        var mine = Assert.Single(await app.SendAs(person, home, TrustRole.Pmo, new ListMyInvitations()));
        Assert.Equal((inviting.TrustId, TrustRole.IsgChair), (mine.TrustId, mine.Role));
        Assert.False(await IsMember(inviting.TrustId, person.Id, TrustRole.IsgChair));

        csrf = await browser.AntiforgeryTokenAsync("/account/invitations");
        var accepted = await browser.PostAsync("/account/accept-invitation", Form(("invitationId", mine.Id.ToString()), ("__RequestVerificationToken", csrf)));

        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        Assert.True(await IsMember(inviting.TrustId, person.Id, TrustRole.IsgChair));
        var landing = await browser.GetStringAsync("/");
        Assert.Contains(inviting.Name, landing);
        Assert.Contains("ISG chair", landing);
        Assert.Contains(await EventsOf(person.Id), e => e.Kind == SecurityEventKind.InvitationAccepted && e.TrustId == inviting.TrustId);
        Assert.Empty(await app.SendAs(person, home, TrustRole.Pmo, new ListMyInvitations()));
    }

    [Fact]
    public async Task Someone_else_signed_in_cannot_answer_the_invitation()
    {
        var trust = await NewTrust("Else");
        var invitee = $"invitee.{Guid.NewGuid():N}@example.nhs.uk";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(invitee, "Ivy Invitee", TrustRole.Pmo));
        var link = await app.LatestLinkAsync(invitee, "/account/accept-invitation");
        var other = await app.SignedInAsync(trust[TrustRole.BoardMember]);

        var page = await other.GetStringAsync(link);
        Assert.Contains("data-testid=\"invitation-someone-else\"", page);
        Assert.DoesNotContain(trust.Name, page); // nothing about the invitation itself

        var csrf = await other.AntiforgeryTokenAsync("/");
        var accept = await other.PostAsync("/account/accept-invitation", Form(("token", Outbox.Query(link, "token")),
            ("password", "a long enough new password"), ("confirm", "a long enough new password"), ("__RequestVerificationToken", csrf)));
        Assert.Contains("sent to someone else", WebUtility.UrlDecode(accept.Headers.Location!.OriginalString));
        var decline = await other.PostAsync("/account/decline-invitation", Form(("token", Outbox.Query(link, "token")), ("__RequestVerificationToken", csrf)));
        Assert.Contains("sent to someone else", WebUtility.UrlDecode(decline.Headers.Location!.OriginalString));

        // The invitation is untouched: the invitee can still choose their password with it.
        var fresh = app.NewBrowser();
        var freshCsrf = await fresh.AntiforgeryTokenAsync("/account/login");
        var ok = await fresh.PostAsync("/account/accept-invitation", Form(("token", Outbox.Query(link, "token")),
            ("password", "a long enough new password"), ("confirm", "a long enough new password"), ("__RequestVerificationToken", freshCsrf)));
        Assert.Equal("/", ok.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Declining_makes_no_membership_and_the_people_page_says_declined()
    {
        var home = await NewTrust("Dech");
        var inviting = await NewTrust("Deci");
        var person = home[TrustRole.BoardMember];
        await app.SendAs(inviting, TrustRole.TrustAdmin, new InviteUser(person.Email, "Typed Name", TrustRole.BoardMember));
        var link = await app.LatestLinkAsync(person.Email, "/account/accept-invitation");

        var browser = await app.SignedInAsync(person);
        Assert.Contains("data-testid=\"invitation-summary\"", await browser.GetStringAsync(link));
        var csrf = await browser.AntiforgeryTokenAsync("/");
        var declined = await browser.PostAsync("/account/decline-invitation", Form(("token", Outbox.Query(link, "token")), ("__RequestVerificationToken", csrf)));

        Assert.StartsWith("/account/invitations?declined=", declined.Headers.Location!.OriginalString);
        Assert.False(await IsMember(inviting.TrustId, person.Id, TrustRole.BoardMember));
        var people = await app.SendAs(inviting, TrustRole.TrustAdmin, new ListTrustPeople());
        var row = Assert.Single(people, p => p.Email == person.Email);
        Assert.Equal((PersonState.Declined, "Typed Name"), (row.State, row.DisplayName));
        Assert.Contains("data-testid=\"invitation-unusable\"", await browser.GetStringAsync(link));
    }

    [Fact]
    public async Task A_new_invitation_replaces_the_earlier_link()
    {
        var trust = await NewTrust("Rep");
        var email = $"twice.{Guid.NewGuid():N}@example.nhs.uk";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "Tom Twice", TrustRole.Pmo));
        var first = await app.LatestLinkAsync(email, "/account/accept-invitation");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "Tom Twice", TrustRole.Pmo));
        var second = await app.LatestLinkAsync(email, "/account/accept-invitation");

        Assert.NotEqual(first, second);
        Assert.Contains("data-testid=\"invitation-unusable\"", await app.NewBrowser().GetStringAsync(first));
        Assert.Contains("name=\"password\"", await app.NewBrowser().GetStringAsync(second));
        Assert.Single(await app.SendAs(trust, TrustRole.TrustAdmin, new ListTrustPeople()), p => p.Email == email && p.State == PersonState.Invited);
    }

    [Fact]
    public async Task A_plan_import_invites_existing_and_new_owners_alike_and_makes_neither_a_member()
    {
        var elsewhere = await NewTrust("Imp");
        var trust = new PlanImportDriver(app, await NewTrust("Imq"));
        var existing = elsewhere[TrustRole.Pmo];
        var newcomer = $"fresh.owner.{Guid.NewGuid():N}@example.nhs.uk";
        var plan = new PlanSpreadsheet()
            .Add("Workforce", "MD-10", "MustDo", "Staff must complete training.", "RC-100", "Training is booked on paper.", existing.Email, "2026-12-31")
            .Add("Workforce", "MD-10", "MustDo", "Staff must complete training.", "RC-101", "Managers lack time.", newcomer, "2026-12-31");

        var result = await trust.ImportAsync(plan.Csv());

        Assert.Equal(new ImportCounts(2, 0, 0), result.Owners);
        Assert.False(await IsMember(trust.Trust.TrustId, existing.Id, TrustRole.RootCauseOwner));
        var people = await trust.SendAsync(new ListTrustPeople(), TrustRole.TrustAdmin);
        var invited = people.Where(p => p.State == PersonState.Invited).ToList();
        Assert.Equal(2, invited.Count);
        Assert.DoesNotContain(invited, p => p.DisplayName == existing.DisplayName);
        Assert.All(invited, p => Assert.Equal(TrustRole.RootCauseOwner, Assert.Single(p.Invited).Role));

        var again = await trust.ImportAsync(plan.Csv());
        Assert.Equal(new ImportCounts(0, 0, 2), again.Owners);
    }
}

[Collection(OnSqlite.Name)]
public sealed class InvitationAcceptanceOnSqlite(SqliteApp app) : InvitationAcceptanceTests(app);
[Collection(OnPostgres.Name)]
public sealed class InvitationAcceptanceOnPostgres(PostgresApp app) : InvitationAcceptanceTests(app);
