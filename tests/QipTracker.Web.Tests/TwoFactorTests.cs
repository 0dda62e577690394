using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

[Collection(OnSqlite.Name)]
public sealed class TwoFactorTests(SqliteApp app)
{
    [Fact]
    public async Task With_two_factor_on_a_password_alone_does_not_sign_in_and_the_authenticator_code_does()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Tfa {Guid.NewGuid():N}"[..11]);
        var pmo = trust[TrustRole.Pmo];
        var setup = await app.SendAs(trust, TrustRole.Pmo, new GetTwoFactorSetup());
        Assert.False(setup.Enabled);
        Assert.StartsWith("otpauth://totp/", setup.AuthenticatorUri);

        await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.Pmo, new EnableTwoFactor("000000")));
        var recovery = await app.SendAs(trust, TrustRole.Pmo, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));
        Assert.Equal(10, recovery.Count);

        var browser = app.NewBrowser();
        var afterPassword = await browser.PostLoginAsync(pmo.Email, TestTrust.Password);
        Assert.StartsWith("/account/login-2fa", afterPassword.Headers.Location!.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);

        var csrf = await browser.AntiforgeryTokenAsync("/account/login-2fa");
        var wrong = await browser.PostAsync("/account/login-2fa", Form(("code", "123456"), ("__RequestVerificationToken", csrf)));
        Assert.Contains("error=code", wrong.Headers.Location!.OriginalString);

        csrf = await browser.AntiforgeryTokenAsync("/account/login-2fa");
        var right = await browser.PostAsync("/account/login-2fa", Form(("code", Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)), ("__RequestVerificationToken", csrf)));
        Assert.Equal("/", right.Headers.Location!.OriginalString);
        Assert.Contains($"Welcome, {pmo.DisplayName}", await browser.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_recovery_code_works_once_in_place_of_the_authenticator()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Rec {Guid.NewGuid():N}"[..11]);
        var board = trust[TrustRole.BoardMember];
        var setup = await app.SendAs(trust, TrustRole.BoardMember, new GetTwoFactorSetup());
        var recovery = await app.SendAs(trust, TrustRole.BoardMember, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));

        async Task<string> SignInWith(string code)
        {
            var browser = app.NewBrowser();
            await browser.PostLoginAsync(board.Email, TestTrust.Password);
            var csrf = await browser.AntiforgeryTokenAsync("/account/login-2fa");
            var response = await browser.PostAsync("/account/login-2fa", Form(("code", code), ("__RequestVerificationToken", csrf)));
            return response.Headers.Location!.OriginalString;
        }

        Assert.Equal("/", await SignInWith(recovery[0]));
        Assert.Contains("error=code", await SignInWith(recovery[0]));
    }

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => f.Value));
}
