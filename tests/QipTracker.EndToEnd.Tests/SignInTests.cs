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

        await Assertions.Expect(page.GetByTestId("login-error")).ToHaveTextAsync("The email or password is not right.");
        await page.Context.CloseAsync();
    }
}
