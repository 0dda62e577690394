using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Identity;

/// <summary>Server-side sessions: what ends them (sign-out, password change and reset, the person themselves) and what they show.</summary>
public abstract class SessionTests(QipAppFactory app)
{
    private const string NewPassword = "seven tired owls on a fence";

    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Ses {Guid.NewGuid():N}"[..12]);

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) => new(fields.ToDictionary(f => f.Key, f => f.Value));

    private static async Task<bool> IsSignedIn(HttpClient browser) => (await browser.GetAsync("/")).StatusCode == HttpStatusCode.OK;

    private async Task<Guid> SessionOf(TestUser user) =>
        await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().UserSessions.Where(s => s.UserId == user.Id && s.EndedAt == null)
            .OrderByDescending(s => s.CreatedAt).Select(s => s.Id).FirstAsync());

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_ends_every_other()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.Pmo];
        var laptop = await app.SignedInAsync(user);
        var phone = await app.SignedInAsync(user);

        var csrf = await laptop.AntiforgeryTokenAsync("/account/security");
        var changed = await laptop.PostAsync("/account/change-password", Form(("currentPassword", TestTrust.Password),
            ("newPassword", NewPassword), ("confirm", NewPassword), ("__RequestVerificationToken", csrf)));

        Assert.Equal("/account/security?password=changed", changed.Headers.Location!.OriginalString);
        Assert.True(await IsSignedIn(laptop));
        Assert.False(await IsSignedIn(phone));
        Assert.StartsWith("/account/login?error=failed", (await app.NewBrowser().PostLoginAsync(user.Email, TestTrust.Password)).Headers.Location!.OriginalString);
        Assert.True(await IsSignedIn(await app.SignedInAsync(user, NewPassword)));
    }

    [Fact]
    public async Task A_wrong_current_password_changes_nothing_and_counts_towards_the_lockout()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.IsgChair];
        var browser = await app.SignedInAsync(user);
        for (var i = 0; i < 5; i++)
        {
            var csrf = await browser.AntiforgeryTokenAsync("/account/security");
            var refused = await browser.PostAsync("/account/change-password", Form(("currentPassword", $"not my password {i}"),
                ("newPassword", NewPassword), ("confirm", NewPassword), ("__RequestVerificationToken", csrf)));
            Assert.Contains("error=", refused.Headers.Location!.OriginalString);
        }
        // Five wrong current passwords locked the account, as five wrong sign-ins would.
        Assert.StartsWith("/account/login?error=failed", (await app.NewBrowser().PostLoginAsync(user.Email, TestTrust.Password)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_password_reset_by_email_ends_every_session_and_never_signs_anyone_in()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.BoardMember];
        var signedIn = await app.SignedInAsync(user);

        var anonymous = app.NewBrowser();
        var csrf = await anonymous.AntiforgeryTokenAsync("/account/forgot-password");
        var forKnown = await anonymous.PostAsync("/account/forgot-password", Form(("email", user.Email), ("__RequestVerificationToken", csrf)));
        var forUnknown = await anonymous.PostAsync("/account/forgot-password", Form(("email", $"nobody.{Guid.NewGuid():N}@nowhere.example"), ("__RequestVerificationToken", csrf)));
        Assert.Equal(forUnknown.Headers.Location, forKnown.Headers.Location);
        Assert.Contains("data-testid=\"reset-sent\"", await anonymous.FollowAsync(forKnown));

        var link = await app.LatestLinkAsync(user.Email, "/account/reset-password");
        Assert.Contains("name=\"newPassword\"", await anonymous.GetStringAsync(link));
        var reset = await anonymous.PostAsync("/account/reset-password", Form(("user", Outbox.Query(link, "user")), ("token", Outbox.Query(link, "token")),
            ("newPassword", NewPassword), ("confirm", NewPassword), ("__RequestVerificationToken", csrf)));

        Assert.Equal("/account/login?reset=1", reset.Headers.Location!.OriginalString);
        Assert.False(reset.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("qip.auth=", StringComparison.Ordinal) && !c.StartsWith("qip.auth=;", StringComparison.Ordinal)));
        Assert.False(await IsSignedIn(anonymous));
        Assert.False(await IsSignedIn(signedIn));
        Assert.True(await IsSignedIn(await app.SignedInAsync(user, NewPassword)));

        var again = await anonymous.PostAsync("/account/reset-password", Form(("user", Outbox.Query(link, "user")), ("token", Outbox.Query(link, "token")),
            ("newPassword", "another fresh sentence here"), ("confirm", "another fresh sentence here"), ("__RequestVerificationToken", csrf)));
        Assert.Contains("expired or was already used", WebUtility.UrlDecode(again.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task A_reset_still_asks_for_the_two_factor_code()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.Pmo];
        var setup = await app.SendAs(trust, TrustRole.Pmo, new GetTwoFactorSetup());
        await app.SendAs(trust, TrustRole.Pmo, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));
        await app.SendAs(trust, TrustRole.Pmo, new RequestPasswordReset(user.Email));
        var link = await app.LatestLinkAsync(user.Email, "/account/reset-password");
        await app.SendAs(trust, TrustRole.Pmo, new ResetPassword(Guid.Parse(Outbox.Query(link, "user")), Outbox.Query(link, "token"), NewPassword));

        var afterPassword = await app.NewBrowser().PostLoginAsync(user.Email, NewPassword);

        Assert.StartsWith("/account/login-2fa", afterPassword.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task No_reset_email_goes_to_an_unknown_address_and_a_common_new_password_is_refused()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.RootCauseOwner];
        var unknown = $"nobody.{Guid.NewGuid():N}@nowhere.example";
        await app.SendAs(trust, TrustRole.Pmo, new RequestPasswordReset(unknown));
        Assert.Equal(0, await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails.CountAsync(o => o.ToAddress == unknown)));

        await app.SendAs(trust, TrustRole.Pmo, new RequestPasswordReset(user.Email));
        var link = await app.LatestLinkAsync(user.Email, "/account/reset-password");
        var weak = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new ResetPassword(Guid.Parse(Outbox.Query(link, "user")), Outbox.Query(link, "token"), "Summer2024!!!")));
        Assert.Contains("easy to guess", weak.Errors["NewPassword"][0]);
    }

    [Fact]
    public async Task A_person_sees_where_they_are_signed_in_and_can_end_another_session()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.Pmo];
        var laptop = await app.SignedInAsync(user);
        var laptopSession = await SessionOf(user);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var phone = await app.SignedInAsync(user);
        var phoneSession = await SessionOf(user);

        var sessions = await app.SendAs(trust, TrustRole.Pmo, new ListMySessions(laptopSession));
        Assert.Equal([laptopSession, phoneSession], sessions.Select(s => s.Id));
        Assert.True(sessions[0].IsCurrent);
        Assert.Empty(await app.SendAs(trust, TrustRole.BoardMember, new ListMySessions(null)));

        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(trust, TrustRole.BoardMember, new EndMySession(phoneSession)));
        Assert.True(await IsSignedIn(phone));
        await app.SendAs(trust, TrustRole.Pmo, new EndMySession(phoneSession));

        Assert.False(await IsSignedIn(phone));
        Assert.True(await IsSignedIn(laptop));
        var events = await app.SendAs(trust, TrustRole.Pmo, new ListMySecurityEvents());
        Assert.Contains(events, e => e.Kind == SecurityEventKind.SignedIn);
        Assert.Contains(events, e => e.Kind == SecurityEventKind.SessionEnded);
    }

    [Fact]
    public async Task A_page_left_open_is_signed_out_when_its_session_ends()
    {
        var trust = await NewTrust();
        var user = trust[TrustRole.Pmo];
        await app.SignedInAsync(user);
        var session = await SessionOf(user);
        var circuitUser = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()), new Claim(QipClaims.Session, session.ToString())], "cookie"));
        var revalidation = app.Services.GetRequiredService<IServiceScopeFactory>().CreateScope().ServiceProvider
            .GetRequiredService<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>() as SessionRevalidatingStateProvider;

        Assert.True(await revalidation!.IsStillSignedInAsync(circuitUser, default));
        await app.SendAs(trust, TrustRole.Pmo, new EndMyOtherSessions(null));
        Assert.False(await revalidation.IsStillSignedInAsync(circuitUser, default));
    }
}

[Collection(OnSqlite.Name)]
public sealed class SessionOnSqlite(SqliteApp app) : SessionTests(app);
[Collection(OnPostgres.Name)]
public sealed class SessionOnPostgres(PostgresApp app) : SessionTests(app);
