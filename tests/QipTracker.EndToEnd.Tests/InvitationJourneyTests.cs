using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The trust administrator invites someone who already has an account; they sign in themselves and
/// accept on their Invitations page. The administrators' security pages show what happened.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class InvitationJourneyTests(EndToEndFixture e2e)
{
    [Fact]
    public async Task An_existing_user_accepts_an_invitation_after_signing_in_and_the_admins_see_it_logged()
    {
        var invitee = await e2e.App.StaffMemberAsync("IsgChair", lacking: "BoardMember");

        var admin = await e2e.SignInAsync("admin@northbridge.example");
        // A menu click before the circuit connects can land on the server-rendered page and then be undone by the circuit.
        await admin.WaitUntilInteractiveAsync();
        await admin.GetByTestId("nav-people").ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Invite someone" })).ToBeVisibleAsync();
        await admin.Locator("input[name=Email]").FillAsync(invitee);
        await admin.Locator("input[name=DisplayName]").FillAsync("Invited Colleague");
        await admin.Locator(".rz-dropdown", new() { Has = admin.Locator("input[name=Role]") }).ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = "Board member" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var sent = admin.GetByTestId("invitation-sent");
        await Assertions.Expect(sent).ToContainTextAsync(invitee);
        await Assertions.Expect(admin.Locator("body")).Not.ToContainTextAsync("token=");
        await Assertions.Expect(admin.Locator("tr", new() { HasText = invitee })).ToContainTextAsync("Invited: Board member");
        await Screenshots.TakeAsync(admin, "people");

        // The invitee follows the emailed link without being signed in: told to sign in as themselves.
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        await page.GotoAsync(await e2e.App.LatestLinkAsync(invitee, "/account/accept-invitation"));
        await Assertions.Expect(page.GetByTestId("invitation-sign-in")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "accept-invitation-sign-in");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in to answer" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync(invitee);
        await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/account/invitations");
        var invitation = page.GetByTestId("invitation");
        await Assertions.Expect(invitation).ToContainTextAsync("Northbridge");
        await Assertions.Expect(invitation).ToContainTextAsync("Board member");
        await Screenshots.TakeAsync(page, "invitations");
        await invitation.GetByTestId("accept-invitation").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trust-and-role")).ToContainTextAsync("Board member");
        await page.Context.CloseAsync();

        await admin.ReloadAsync();
        await Assertions.Expect(admin.Locator("tr", new() { HasText = invitee })).ToContainTextAsync("Active");
        await admin.GotoAsync("/admin/security-events");
        await Assertions.Expect(admin.GetByTestId("security-events")).ToContainTextAsync("Invitation accepted");
        await Screenshots.TakeAsync(admin, "security-events-trust");
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task The_system_administrator_finds_an_account_and_reads_the_platforms_security_log()
    {
        var sysadmin = await e2e.SignInAsync("sysadmin@qiptracker.example");
        await sysadmin.WaitUntilInteractiveAsync();
        await sysadmin.GetByTestId("nav-accounts").ClickAsync();
        var accounts = sysadmin.GetByTestId("accounts");
        await Assertions.Expect(sysadmin.GetByTestId("account-search")).ToBeVisibleAsync();
        await sysadmin.GetByTestId("account-search").FillAsync("board@");
        await sysadmin.GetByTestId("account-search-button").ClickAsync();
        await Assertions.Expect(accounts.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(accounts.Locator("tr", new() { HasText = "board@northbridge.example" })).ToContainTextAsync("Active");
        await Screenshots.TakeAsync(sysadmin, "accounts");

        await sysadmin.GotoAsync("/admin/security-events");
        var log = sysadmin.GetByTestId("security-events");
        await Assertions.Expect(log).ToContainTextAsync("Signed in");
        await Assertions.Expect(log).ToContainTextAsync("127.0.0.1"); // where from: the browser's address
        await Screenshots.TakeAsync(sysadmin, "security-events-platform");
        await sysadmin.Context.CloseAsync();
    }
}
