using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.People;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

public abstract class InvitationTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Inv {Guid.NewGuid():N}"[..11]);

    private async Task<string> TokenFor(string email) => Outbox.Query(await app.LatestLinkAsync(email, "/account/accept-invitation"), "token");

    private static async Task<HttpResponseMessage> Accept(HttpClient browser, string token, string password, string? confirm = null)
    {
        var csrf = await browser.AntiforgeryTokenAsync("/account/login");
        return await browser.PostAsync("/account/accept-invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = token, ["password"] = password, ["confirm"] = confirm ?? password, ["__RequestVerificationToken"] = csrf,
        }));
    }

    [Fact]
    public async Task An_invitee_gets_an_email_sets_a_password_once_and_lands_in_the_trust_in_their_role()
    {
        var trust = await NewTrust();
        var email = $"new.matron.{Guid.NewGuid():N}@example.nhs.uk";

        var sent = await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "New Matron", TrustRole.IsgChair));

        var queued = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails.SingleAsync(o => o.ToAddress == email));
        var token = await TokenFor(email);
        Assert.Contains($"/account/accept-invitation?token={token}", queued.TextBody);
        Assert.Contains(trust.Name, queued.Subject);
        Assert.Equal((email, TrustRole.IsgChair), (sent.Email, sent.Role));

        var browser = app.NewBrowser();
        var accepted = await Accept(browser, token, "a long enough new password");
        Assert.True(accepted.StatusCode == HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        var home = await browser.GetStringAsync("/");
        Assert.Contains("Welcome, New Matron", home);
        Assert.Contains("ISG chair", home);

        var reused = await Accept(app.NewBrowser(), token, "another long password here");
        Assert.Contains("expired or was already used", WebUtility.UrlDecode(reused.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task A_short_password_is_refused_and_the_invitation_stays_usable()
    {
        var trust = await NewTrust();
        var email = $"p{Guid.NewGuid():N}@example.nhs.uk";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "Pat Short", TrustRole.BoardMember));
        var token = await TokenFor(email);

        var refused = await Accept(app.NewBrowser(), token, "short");
        Assert.Contains("at least 12 characters", WebUtility.UrlDecode(refused.Headers.Location!.OriginalString));

        var mismatch = await Accept(app.NewBrowser(), token, "a long enough new password", "a different long password");
        Assert.Contains("not the same", WebUtility.UrlDecode(mismatch.Headers.Location!.OriginalString));

        var ok = await Accept(app.NewBrowser(), token, "a long enough new password");
        Assert.Equal("/", ok.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_expired_invitation_link_no_longer_works()
    {
        var trust = await NewTrust();
        var email = $"e{Guid.NewGuid():N}@example.nhs.uk";
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "Eve Late", TrustRole.Pmo));
        var token = await TokenFor(email);
        // The shared app's clock only moves forward; every test works relative to it.
        app.Clock.Advance(Invitations.ValidFor + TimeSpan.FromMinutes(1));
        var refused = await Accept(app.NewBrowser(), token, "a long enough new password");
        Assert.Contains("expired", WebUtility.UrlDecode(refused.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task Only_a_trust_admin_can_invite()
    {
        var trust = await NewTrust();
        foreach (var role in Enum.GetValues<TrustRole>().Where(r => r != TrustRole.TrustAdmin))
            await Assert.ThrowsAsync<ForbiddenException>(() =>
                app.SendAs(trust, role, new InviteUser($"x{Guid.NewGuid():N}@example.nhs.uk", "X", TrustRole.Pmo)));
    }
}

[Collection(OnSqlite.Name)]
public sealed class InvitationOnSqlite(SqliteApp app) : InvitationTests(app);
[Collection(OnPostgres.Name)]
public sealed class InvitationOnPostgres(PostgresApp app) : InvitationTests(app);
