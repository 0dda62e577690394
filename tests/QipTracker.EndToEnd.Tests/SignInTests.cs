using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

[Collection(EndToEndCollection.Name)]
public sealed class SignInTests(EndToEndFixture e2e)
{
    public static TheoryData<string, string> DemoLogins => new()
    {
        { "owner@northbridge.example", "Root-cause owner" },
        { "chair@northbridge.example", "ISG chair" },
        { "exec@northbridge.example", "Accountable executive" },
        { "pmo@northbridge.example", "PMO" },
        { "board@northbridge.example", "Board member" },
        { "admin@northbridge.example", "Trust administrator" },
    };

    [Theory]
    [MemberData(nameof(DemoLogins))]
    public async Task Each_demo_role_signs_in_and_sees_its_landing_page(string email, string roleName)
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/account/login**");

        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("welcome")).ToContainTextAsync("Welcome,");
        await Assertions.Expect(page.GetByTestId("trust-and-role")).ToContainTextAsync("Northbridge");
        await Assertions.Expect(page.GetByTestId("trust-and-role")).ToContainTextAsync(roleName);
        await Screenshots.TakeAsync(page, $"landing-{email.Split('@')[0]}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message()
    {
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync("pmo@northbridge.example");
        await page.GetByLabel("Password").FillAsync("certainly not the password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        // One answer for every failed sign-in: it mentions a lockout too, so it never tells whether the account exists.
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("The email or password is not right");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Someone_who_forgot_their_password_resets_it_by_email_and_signs_in_with_the_new_one()
    {
        const string newPassword = "seven tired owls on a fence";
        var email = await e2e.App.StaffMemberAsync("RootCauseOwner", lacking: "TrustAdmin");
        var page = await e2e.Browser.NewPageAsync(e2e.App.BaseUrl);
        await page.GotoAsync("/account/login");
        await page.GetByTestId("forgot-password").ClickAsync();
        // An enhanced navigation: the address changes before the new page is in. Typed sooner, the address would go into
        // the sign-in form's Email box, which the forgot-password page then replaces with an empty one.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forgot your password?" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await Screenshots.TakeAsync(page, "forgot-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Email me a link" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("reset-sent")).ToContainTextAsync("If there is a QipTracker account for that address");

        // The person opens the link in the email.
        await page.GotoAsync(await e2e.App.LatestLinkAsync(email, "/account/reset-password"));
        await page.GetByLabel("New password").FillAsync(newPassword);
        await page.GetByLabel("Repeat it").FillAsync(newPassword);
        await Screenshots.TakeAsync(page, "reset-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set new password" }).ClickAsync();

        // Not signed in by the reset: the person signs in with the new password.
        await Assertions.Expect(page.GetByTestId("reset-done")).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(RunningApp.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("The email or password is not right");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("welcome")).ToContainTextAsync("Welcome,");

        await page.GotoAsync("/account/security");
        await Assertions.Expect(page.GetByTestId("sessions-card").GetByTestId("this-device")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("recent-sign-ins")).ToContainTextAsync("Password reset");
        await Screenshots.TakeAsync(page, "account-security");
        await page.Context.CloseAsync();
    }
}
