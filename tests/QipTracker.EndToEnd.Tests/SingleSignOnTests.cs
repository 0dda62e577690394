using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// Single sign-on end to end: Chromium, the real app, and a real OpenID Connect provider (OpenIddict) on a loopback
/// port. Each test uses its own demo people, so the order they run in does not matter.
/// </summary>
[Collection(SsoCollection.Name)]
public sealed class SingleSignOnTests(SsoFixture sso)
{
    [Fact]
    public async Task The_first_sign_in_links_the_invited_account_later_ones_match_by_subject_and_a_new_subject_is_refused()
    {
        var (email, name) = await sso.StaffAsync(skip: 0);

        var first = await sso.SignInWithProviderAsync(email, "subject-linked-1", email);
        await Assertions.Expect(first.GetByTestId("welcome")).ToHaveTextAsync($"Welcome, {name}");
        await Assertions.Expect(first.GetByTestId("trust-and-role")).ToContainTextAsync("Northbridge");
        await first.Context.CloseAsync();

        // The provider now gives the same person a new address in the trust's other domain: the subject still says who it is.
        var second = await sso.SignInWithProviderAsync(email, "subject-linked-1", "renamed.person@nhs.example");
        await Assertions.Expect(second.GetByTestId("welcome")).ToHaveTextAsync($"Welcome, {name}");
        await second.Context.CloseAsync();

        // Someone else at the provider (another subject) asserting this person's email is not this person.
        var other = await sso.SignInWithProviderAsync(email, "subject-someone-else", email);
        await Assertions.Expect(other.GetByTestId("sso-refused")).ToContainTextAsync("already linked to a different organisation account");
        await other.GotoAsync("/");
        await other.WaitForURLAsync("**/account/login**");
        await other.Context.CloseAsync();
        Assert.Equal(1, await sso.CountAsync("SELECT COUNT(*) FROM AspNetUserLogins l JOIN AspNetUsers u ON u.Id = l.UserId WHERE u.Email = $e", ("$e", email)));
    }

    [Fact]
    public async Task An_uninvited_person_a_wrong_domain_and_an_unverified_email_are_refused_in_words_and_no_account_is_made()
    {
        const string stranger = "not.invited@northbridge.example";
        var uninvited = await sso.SignInWithProviderAsync(stranger, "subject-stranger", stranger);
        await Assertions.Expect(uninvited.GetByTestId("sso-refused")).ToContainTextAsync("Ask your trust administrator to invite you; no account has been created.");
        await Screenshots.TakeAsync(uninvited, "sso-refused");
        await uninvited.Context.CloseAsync();
        Assert.Equal(0, await sso.CountAsync("SELECT COUNT(*) FROM AspNetUsers WHERE NormalizedEmail = $e", ("$e", stranger.ToUpperInvariant())));

        var (email, _) = await sso.StaffAsync(skip: 1);
        var wrongDomain = await sso.SignInWithProviderAsync(email, "subject-wrong-domain", email.Split('@')[0] + "@elsewhere.example");
        await Assertions.Expect(wrongDomain.GetByTestId("sso-refused")).ToContainTextAsync("an email address your trust does not accept");
        await wrongDomain.Context.CloseAsync();

        var unverified = await sso.SignInWithProviderAsync(email, "subject-unverified", email, verified: false);
        await Assertions.Expect(unverified.GetByTestId("sso-refused")).ToContainTextAsync("did not confirm that its email address is verified");
        await unverified.GotoAsync("/");
        await unverified.WaitForURLAsync("**/account/login**");
        await unverified.Context.CloseAsync();

        // An address no trust signs in through never reaches a provider.
        var page = await sso.Browser.NewPageAsync(sso.App.BaseUrl);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Work address").FillAsync("someone@unknown.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to your organisation" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("sso-refused")).ToContainTextAsync("No trust on QipTracker signs in its staff");
        await page.Context.CloseAsync();
        Assert.Equal(0, await sso.CountAsync("SELECT COUNT(*) FROM AspNetUserLogins l JOIN AspNetUsers u ON u.Id = l.UserId WHERE u.Email = $e", ("$e", email)));
    }

    [Fact]
    public async Task An_id_token_altered_after_signing_is_refused_and_nobody_is_signed_in()
    {
        // Rewritten in transit to the administrator's address: had the app not checked the signature, it would sign in as them.
        sso.Provider.TamperNextIdToken = SsoFixture.Admin;
        var page = await sso.SignInWithProviderAsync("not.invited.either@northbridge.example", "subject-attacker", "not.invited.either@northbridge.example");
        await Assertions.Expect(page.GetByTestId("sso-refused")).ToContainTextAsync("could not be checked");
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.Context.CloseAsync();
        Assert.Null(sso.Provider.TamperNextIdToken);
        Assert.Equal(0, await sso.CountAsync("SELECT COUNT(*) FROM AspNetUserLogins WHERE ProviderKey = 'subject-attacker'"));
        // Refused for the signature, not by chance (a nonce, a lost cookie): the security log says why.
        Assert.Equal(1, await sso.CountAsync("SELECT COUNT(*) FROM SecurityEvents WHERE Detail LIKE '%Signature validation failed%'"));
    }

    [Fact]
    public async Task Signing_out_ends_the_single_sign_on_session_even_for_a_kept_cookie()
    {
        var (email, name) = await sso.StaffAsync(skip: 2);
        var page = await sso.SignInWithProviderAsync(email, "subject-sign-out", email);
        await Assertions.Expect(page.GetByTestId("welcome")).ToHaveTextAsync($"Welcome, {name}");
        await page.WaitUntilInteractiveAsync();
        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByTestId("sessions-card").GetByTestId("this-device")).ToBeVisibleAsync();
        var kept = await page.Context.CookiesAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/account/login?signedOut=1");

        // Someone who copied the cookie before sign-out gets nowhere: the server-side session has ended.
        await page.Context.AddCookiesAsync(kept.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Requiring_single_sign_on_refuses_password_sign_in_except_for_the_break_glass_administrator()
    {
        var (email, _) = await sso.StaffAsync(skip: 3);
        var admin = await sso.Browser.SignInAsync(sso.App, SsoFixture.Admin);
        await SetRequiredAsync(admin, true);
        try
        {
            var page = await sso.Browser.NewPageAsync(sso.App.BaseUrl);
            await page.GotoAsync("/account/login");
            await page.GetByLabel("Email").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("your password is not accepted here");
            await Screenshots.TakeAsync(page, "sso-required");
            await page.GotoAsync("/");
            await page.WaitForURLAsync("**/account/login**");
            await page.Context.CloseAsync();

            // Still through the organisation account.
            var viaProvider = await sso.SignInWithProviderAsync(email, "subject-required", email);
            await Assertions.Expect(viaProvider.GetByTestId("welcome")).ToBeVisibleAsync();
            await viaProvider.Context.CloseAsync();

            // Someone new invited now is offered no password: the organisation's sign-in accepts the invitation.
            var newcomer = $"new.starter.{Guid.NewGuid():N}"[..20] + "@northbridge.example";
            await admin.GotoAsync("/admin/people");
            await admin.WaitUntilInteractiveAsync();
            await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Invite someone" })).ToBeVisibleAsync();
            await admin.Locator("input[name=Email]").FillAsync(newcomer);
            await admin.Locator("input[name=DisplayName]").FillAsync("New Starter");
            await admin.Locator(".rz-dropdown", new() { Has = admin.Locator("input[name=Role]") }).ClickAsync();
            await admin.GetByRole(AriaRole.Option, new() { Name = "Board member" }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
            await Assertions.Expect(admin.GetByTestId("invitation-sent")).ToContainTextAsync(newcomer);
            var invited = await sso.Browser.NewPageAsync(sso.App.BaseUrl);
            await invited.GotoAsync(await sso.App.LatestLinkAsync(newcomer, "/account/accept-invitation"));
            await Assertions.Expect(invited.GetByTestId("invitation-use-sso")).ToContainTextAsync("you do not choose a QipTracker password");
            await Assertions.Expect(invited.GetByLabel("New password")).ToHaveCountAsync(0);
            await Screenshots.TakeAsync(invited, "accept-invitation-sso");
            await invited.Context.CloseAsync();
            var joined = await sso.SignInWithProviderAsync(newcomer, "subject-newcomer", newcomer);
            await Assertions.Expect(joined.GetByTestId("welcome")).ToHaveTextAsync("Welcome, New Starter");
            await Assertions.Expect(joined.GetByTestId("trust-and-role")).ToContainTextAsync("Board member");
            await joined.Context.CloseAsync();

            // The break-glass administrator's password still works (the provider may be down).
            var breakGlass = await sso.Browser.SignInAsync(sso.App, SsoFixture.Admin);
            await Assertions.Expect(breakGlass.GetByTestId("welcome")).ToBeVisibleAsync();
            await breakGlass.Context.CloseAsync();
        }
        finally
        {
            await admin.GotoAsync("/");
            await admin.WaitUntilInteractiveAsync();
            await SetRequiredAsync(admin, false);
            await admin.Context.CloseAsync();
        }
    }

    private static async Task SetRequiredAsync(IPage admin, bool required)
    {
        await admin.GetByTestId("nav-single-sign-on").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("sso-settings")).ToBeVisibleAsync();
        if (required)
        {
            await admin.GetByTestId("sso-break-glass").ClickAsync();
            await admin.GetByRole(AriaRole.Option, new() { Name = SsoFixture.Admin }).ClickAsync();
        }
        var box = admin.GetByTestId("sso-require");
        if (await box.Locator(".rz-state-active").CountAsync() > 0 != required) await box.ClickAsync();
        await admin.GetByTestId("sso-save").ClickAsync();
        await Assertions.Expect(admin.Locator(".rz-notification-item").Last).ToContainTextAsync("Single sign-on saved");
    }
}
