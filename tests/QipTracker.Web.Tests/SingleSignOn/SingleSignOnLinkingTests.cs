using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.SingleSignOn;
using QipTracker.Web.Security.SingleSignOn;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.SingleSignOn;

/// <summary>
/// Who a single sign-on signs in as (<see cref="SsoAccounts"/>), on both databases: only an invited account, found by
/// the provider's verified email once and by its subject after; never someone else, never a new account.
/// </summary>
public abstract class SingleSignOnLinkingTests(QipAppFactory app)
{
    private const string Issuer = "https://provider.test/tenant/v2.0";

    private async Task<TestTrust> TrustWithSsoAsync(bool required = false)
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Sso {Guid.NewGuid():N}"[..12]);
        var domain = trust[TrustRole.Pmo].Email.Split('@')[1];
        await app.SendAs(trust, TrustRole.TrustAdmin, new ConfigureSingleSignOn("https://provider.test/tenant/v2.0", "client", "northbridge",
            [domain, "nhs.test"], required, required ? trust[TrustRole.TrustAdmin].Id : null));
        return trust;
    }

    private async Task<(AppUser? User, SsoRefusal? Refusal)> SignInAsync(TestTrust trust, string subject, string? email, bool verified = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SsoAccounts>()
            .SignInAsync(trust.TrustId, new SsoIdentity(Issuer, subject, email, verified, null), CancellationToken.None);
    }

    private Task<List<string>> LinksAsync(Guid userId) => app.AsSystem(async sp =>
        (await sp.GetRequiredService<UserManager<AppUser>>().GetLoginsAsync((await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId.ToString()))!))
        .Select(l => $"{l.LoginProvider}|{l.ProviderKey}").ToList());

    [Fact]
    public async Task The_first_sign_in_links_by_verified_email_later_ones_by_subject_and_a_new_subject_for_that_email_is_refused()
    {
        var trust = await TrustWithSsoAsync();
        var pmo = trust[TrustRole.Pmo];
        var subject = $"sub-{Guid.NewGuid():N}";

        var first = await SignInAsync(trust, subject, pmo.Email.ToUpperInvariant());
        Assert.Null(first.Refusal);
        Assert.Equal(pmo.Id, first.User!.Id);
        Assert.Equal([$"{SsoAccounts.LinkProvider(trust.TrustId, Issuer)}|{subject}"], await LinksAsync(pmo.Id));

        // The provider changed the person's address (still a trust domain): the subject says who they are.
        var later = await SignInAsync(trust, subject, "renamed@nhs.test");
        Assert.Null(later.Refusal);
        Assert.Equal(pmo.Id, later.User!.Id);

        var impostor = await SignInAsync(trust, $"other-{Guid.NewGuid():N}", pmo.Email);
        Assert.Equal(SsoRefusal.OtherSubject, impostor.Refusal);
        Assert.Equal([$"{SsoAccounts.LinkProvider(trust.TrustId, Issuer)}|{subject}"], await LinksAsync(pmo.Id));
    }

    [Fact]
    public async Task An_unverified_email_a_wrong_domain_someone_of_another_trust_and_a_disabled_account_are_refused_and_nothing_is_linked()
    {
        var trust = await TrustWithSsoAsync();
        var other = await TestTrust.CreateAsync(app.Services, $"Other {Guid.NewGuid():N}"[..13]);
        var chair = trust[TrustRole.IsgChair];

        Assert.Equal(SsoRefusal.EmailNotVerified, (await SignInAsync(trust, "s1", chair.Email, verified: false)).Refusal);
        Assert.Equal(SsoRefusal.WrongDomain, (await SignInAsync(trust, "s2", "chair@elsewhere.test")).Refusal);
        // A real account, with an address in an allowed domain, but not invited to this trust.
        await app.AsSystem(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var outsider = (await users.FindByIdAsync(other[TrustRole.Pmo].Id.ToString()))!;
            outsider.Email = $"outsider-{Guid.NewGuid():N}@nhs.test";
            return await users.UpdateAsync(outsider);
        });
        var outsiderEmail = await app.AsSystem(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(other[TrustRole.Pmo].Id.ToString()))!.Email!);
        Assert.Equal(SsoRefusal.NotInvited, (await SignInAsync(trust, "s3", outsiderEmail)).Refusal);
        var stranger = $"stranger-{Guid.NewGuid():N}@nhs.test";
        Assert.Equal(SsoRefusal.NotInvited, (await SignInAsync(trust, "s4", stranger)).Refusal);
        await app.AsSystem(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(chair.Id.ToString()))!;
            user.DisabledAt = DateTimeOffset.UtcNow;
            return await users.UpdateAsync(user);
        });
        Assert.Equal(SsoRefusal.Disabled, (await SignInAsync(trust, "s5", chair.Email)).Refusal);

        Assert.Empty(await LinksAsync(chair.Id));
        Assert.Empty(await LinksAsync(other[TrustRole.Pmo].Id));
        var normalised = stranger.ToUpperInvariant();
        Assert.False(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Users.AnyAsync(u => u.NormalizedEmail == normalised)));
    }

    [Fact]
    public async Task Another_trusts_provider_neither_signs_in_nor_takes_over_an_account_that_works_elsewhere()
    {
        var home = await TrustWithSsoAsync();
        var person = home[TrustRole.Pmo];
        var subject = $"sub-{Guid.NewGuid():N}";
        Assert.Null((await SignInAsync(home, subject, person.Email)).Refusal);

        // Another trust's administrator points their own provider at the same issuer, allows the person's domain and
        // invites them: what that provider says about the person must not reach the person's account.
        var rival = await TestTrust.CreateAsync(app.Services, $"Rival {Guid.NewGuid():N}"[..13]);
        await app.SendAs(rival, TrustRole.TrustAdmin, new ConfigureSingleSignOn(Issuer, "client", "rival", [person.Email.Split('@')[1]], false, null));
        await app.SendAs(rival, TrustRole.TrustAdmin, new InviteUser(person.Email, "Someone Else", TrustRole.Pmo));

        Assert.Equal(SsoRefusal.OtherTrust, (await SignInAsync(rival, subject, person.Email)).Refusal);
        Assert.Equal(SsoRefusal.OtherTrust, (await SignInAsync(rival, $"rival-{Guid.NewGuid():N}", person.Email)).Refusal);
        Assert.False(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.TrustId == rival.TrustId && m.UserId == person.Id)));
        Assert.Equal([$"{SsoAccounts.LinkProvider(home.TrustId, Issuer)}|{subject}"], await LinksAsync(person.Id));

        // The platform's administrator is never joined to a trust by that trust's provider either.
        var email = $"admin-{Guid.NewGuid():N}@nhs.test";
        await app.SendAs(home, TrustRole.TrustAdmin, new InviteUser(email, "Platform Admin", TrustRole.BoardMember));
        var adminId = await app.AsSystem(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var admin = (await users.FindByEmailAsync(email))!;
            admin.IsSystemAdmin = true;
            await users.UpdateAsync(admin);
            return admin.Id;
        });
        Assert.Equal(SsoRefusal.OtherTrust, (await SignInAsync(home, $"sub-{Guid.NewGuid():N}", email)).Refusal);
        Assert.Empty(await LinksAsync(adminId));
    }

    [Fact]
    public async Task Someone_invited_but_not_yet_joined_joins_by_signing_in_with_their_organisation_account()
    {
        var trust = await TrustWithSsoAsync();
        var email = $"new-{Guid.NewGuid():N}@nhs.test";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "New Starter", TrustRole.BoardMember));

        var (user, refusal) = await SignInAsync(trust, $"sub-{Guid.NewGuid():N}", email);

        Assert.Null(refusal);
        Assert.True(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Memberships.AnyAsync(m =>
            m.TrustId == trust.TrustId && m.UserId == user!.Id && m.Role == TrustRole.BoardMember)));
    }

    [Fact]
    public async Task A_newcomer_invited_to_a_trust_that_requires_it_sets_no_password_and_joins_through_their_organisation()
    {
        var trust = await TrustWithSsoAsync(required: true);
        var email = $"new-{Guid.NewGuid():N}@nhs.test";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "New Starter", TrustRole.BoardMember));
        var link = await app.LatestLinkAsync(email, "/account/accept-invitation");
        var userId = await app.AsSystem(async sp => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id);

        var browser = app.NewBrowser();
        var page = await browser.GetStringAsync(link);
        Assert.Contains("data-testid=\"invitation-use-sso\"", page);
        Assert.DoesNotContain("name=\"password\"", page);

        // A password posted without the form is refused in words: none is set, nobody joins, nobody is signed in.
        const string password = "a long enough new password";
        var answer = await browser.PostAsync("/account/accept-invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = Outbox.Query(link, "token"), ["password"] = password, ["confirm"] = password,
            ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync("/account/login"),
        }));
        var back = answer.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/accept-invitation?token=", back);
        Assert.Equal(AcceptInvitationHandler.UseOrganisationAccount, Outbox.Query(back, "error"));
        Assert.False(await app.AsSystem(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            return await users.HasPasswordAsync((await users.FindByIdAsync(userId.ToString()))!);
        }));
        Assert.False(await IsMemberAsync(trust.TrustId, userId));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode); // to sign-in

        // The organisation's sign-in is what accepts it.
        var (user, refusal) = await SignInAsync(trust, $"sub-{Guid.NewGuid():N}", email);
        Assert.Null(refusal);
        Assert.Equal(userId, user!.Id);
        Assert.True(await IsMemberAsync(trust.TrustId, userId));
    }

    [Fact]
    public async Task Only_the_break_glass_administrator_of_a_trust_that_requires_it_keeps_a_password_and_other_trusts_are_untouched()
    {
        var required = await TrustWithSsoAsync(required: true);
        var optional = await TrustWithSsoAsync();
        var newcomer = Guid.NewGuid();
        Task<bool> Refuses(Guid userId, Guid? joining) => app.AsSystem(sp => sp.GetRequiredService<SsoRequirement>().RefusesPasswordAsync(userId, joining));

        Assert.False(await Refuses(required[TrustRole.TrustAdmin].Id, null));
        Assert.False(await Refuses(required[TrustRole.TrustAdmin].Id, required.TrustId));
        Assert.True(await Refuses(required[TrustRole.Pmo].Id, null));
        Assert.True(await Refuses(newcomer, required.TrustId));
        Assert.False(await Refuses(newcomer, optional.TrustId));
        Assert.False(await Refuses(optional[TrustRole.Pmo].Id, null));
    }

    private Task<bool> IsMemberAsync(Guid trustId, Guid userId) =>
        app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Memberships.AnyAsync(m => m.TrustId == trustId && m.UserId == userId));

    [Fact]
    public async Task Only_the_trust_admin_sets_it_the_break_glass_must_be_an_admin_and_only_the_secret_name_is_stored()
    {
        var trust = await TrustWithSsoAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.Pmo,
            new ConfigureSingleSignOn("https://provider.test", "c", "s", ["nhs.test"], false, null)));
        var notAdmin = await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.TrustAdmin,
            new ConfigureSingleSignOn("https://provider.test", "c", "s", ["nhs.test"], true, trust[TrustRole.Pmo].Id)));
        Assert.Contains("break-glass", notAdmin.Message);
        await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.TrustAdmin,
            new ConfigureSingleSignOn("https://provider.test", "c", "s", ["nhs.test"], true, null)));
        await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.TrustAdmin,
            new ConfigureSingleSignOn("http://provider.test", "c", "s", ["nhs.test"], false, null)));
        await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.TrustAdmin,
            new ConfigureSingleSignOn("https://provider.test", "c", "a secret value!", ["nhs.test"], false, null)));

        var saved = await app.SendAs(trust, TrustRole.TrustAdmin, new GetSingleSignOn());
        Assert.Equal("northbridge", saved.ClientSecretName);
        Assert.Equal($"/account/sso/callback/{trust.TrustId:D}", saved.CallbackPath);
        Assert.Contains(saved.Administrators, a => a.UserId == trust[TrustRole.TrustAdmin].Id);
        Assert.True(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries
            .AnyAsync(a => a.TrustId == trust.TrustId && a.EntityType.Contains("SingleSignOn"))));
    }

    [Fact]
    public async Task When_required_a_member_password_is_refused_but_the_break_glass_admin_signs_in()
    {
        var trust = await TrustWithSsoAsync(required: true);

        var refused = await app.NewBrowser().PostLoginAsync(trust[TrustRole.Pmo].Email, TestTrust.Password);
        Assert.StartsWith("/account/login?error=sso", refused.Headers.Location!.OriginalString);
        // The wrong password answers as before: the rule is told only to someone who knew the password.
        var wrong = await app.NewBrowser().PostLoginAsync(trust[TrustRole.Pmo].Email, "not the password at all");
        Assert.StartsWith("/account/login?error=failed", wrong.Headers.Location!.OriginalString);

        var breakGlass = await app.NewBrowser().PostLoginAsync(trust[TrustRole.TrustAdmin].Email, TestTrust.Password);
        Assert.Equal("/", breakGlass.Headers.Location!.OriginalString);
    }
}

[Collection(OnSqlite.Name)]
public sealed class SingleSignOnLinkingOnSqlite(SqliteApp app) : SingleSignOnLinkingTests(app);
[Collection(OnPostgres.Name)]
public sealed class SingleSignOnLinkingOnPostgres(PostgresApp app) : SingleSignOnLinkingTests(app);
