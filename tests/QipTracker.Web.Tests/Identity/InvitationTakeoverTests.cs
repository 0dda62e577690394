using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.People;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Identity;

/// <summary>
/// The penetration test's account takeover (issue 10): a trust admin of trust B invites the email
/// of someone who already has an account (another trust's PMO, with two-factor on) and follows
/// the link themselves. It must never sign anyone in as that account.
/// </summary>
public abstract class InvitationTakeoverTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust(string prefix) => TestTrust.CreateAsync(app.Services, $"{prefix} {Guid.NewGuid():N}"[..12]);

    private async Task TurnOnTwoFactor(TestTrust trust, TrustRole role)
    {
        var setup = await app.SendAs(trust, role, new GetTwoFactorSetup());
        await app.SendAs(trust, role, new EnableTwoFactor(Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));
    }

    [Fact]
    public async Task Following_an_invitation_for_an_existing_account_signs_nobody_in()
    {
        var victimTrust = await NewTrust("Vic");
        var attackerTrust = await NewTrust("Att");
        var victim = victimTrust[TrustRole.Pmo];
        await TurnOnTwoFactor(victimTrust, TrustRole.Pmo);

        await app.SendAs(attackerTrust, TrustRole.TrustAdmin, new InviteUser(victim.Email, "Anyone", TrustRole.TrustAdmin));
        // The worst case: the attacker holds the one-time link (the People page used to show it).
        var link = await app.LatestLinkAsync(victim.Email, "/account/accept-invitation");

        var attacker = app.NewBrowser();
        var csrf = await attacker.AntiforgeryTokenAsync("/account/login");
        var answer = await attacker.PostAsync("/account/accept-invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = Outbox.Query(link, "token"), ["__RequestVerificationToken"] = csrf,
        }));

        Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("qip.auth=", StringComparison.Ordinal)),
            "the answer set the victim's sign-in cookie");
        Assert.NotEqual("/", answer.Headers.Location?.OriginalString);
        var home = await attacker.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/account/login", home.Headers.Location!.PathAndQuery);
        // Nor did the attacker's trust gain the victim as a member.
        Assert.False(await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Memberships
            .AnyAsync(m => m.TrustId == attackerTrust.TrustId && m.UserId == victim.Id)));
    }

    [Fact]
    public async Task Following_an_invitation_for_the_system_administrator_signs_nobody_in()
    {
        var attackerTrust = await NewTrust("Sys");
        var admin = await SystemAdmins.CreateAsync(app);

        await app.SendAs(attackerTrust, TrustRole.TrustAdmin, new InviteUser(admin.Email, "Anyone", TrustRole.Pmo));
        var link = await app.LatestLinkAsync(admin.Email, "/account/accept-invitation");

        var attacker = app.NewBrowser();
        var csrf = await attacker.AntiforgeryTokenAsync("/account/login");
        var answer = await attacker.PostAsync("/account/accept-invitation", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = Outbox.Query(link, "token"), ["password"] = "", ["confirm"] = "", ["__RequestVerificationToken"] = csrf,
        }));

        Assert.False(answer.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("qip.auth=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await attacker.GetAsync("/admin/trusts")).StatusCode);
    }

    [Fact]
    public async Task The_inviting_admin_is_never_given_the_link()
    {
        var trust = await NewTrust("Lnk");
        var email = $"new.{Guid.NewGuid():N}@example.nhs.uk";

        var sent = await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(email, "New Person", TrustRole.Pmo));

        var token = Outbox.Query(await app.LatestLinkAsync(email, "/account/accept-invitation"), "token");
        Assert.DoesNotContain(token, System.Text.Json.JsonSerializer.Serialize(sent));
        var admin = await app.SignedInAsync(trust[TrustRole.TrustAdmin]);
        Assert.DoesNotContain(token, await admin.GetStringAsync("/admin/people"));
    }

    [Fact]
    public async Task The_people_list_looks_the_same_whether_or_not_the_email_has_an_account_elsewhere()
    {
        var elsewhere = await NewTrust("Els");
        var trust = await NewTrust("Ppl");
        var existing = elsewhere[TrustRole.Pmo];
        var newcomer = $"fresh.{Guid.NewGuid():N}@example.nhs.uk";

        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(existing.Email, "Typed Name One", TrustRole.IsgChair));
        await app.SendAs(trust, TrustRole.TrustAdmin, new InviteUser(newcomer, "Typed Name Two", TrustRole.IsgChair));

        var page = WebUtility.HtmlDecode(await (await app.SignedInAsync(trust[TrustRole.TrustAdmin])).GetStringAsync("/admin/people"));
        Assert.Contains("Typed Name One", page);
        Assert.Contains("Typed Name Two", page);
        Assert.DoesNotContain(existing.DisplayName, page);
        Assert.DoesNotContain("Active", Row(page, existing.Email));
        Assert.Equal(Row(page, existing.Email).Replace(existing.Email, "").Replace("Typed Name One", ""),
                     Row(page, newcomer).Replace(newcomer, "").Replace("Typed Name Two", ""));
    }

    // The grid row that shows an email (Radzen renders one <tr> per person).
    private static string Row(string page, string email)
    {
        var at = page.IndexOf(email, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{email} is not on the page");
        var start = page.LastIndexOf("<tr", at, StringComparison.Ordinal);
        var end = page.IndexOf("</tr>", at, StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(page[start..end], "<[^>]+>|\\s+", " ").Trim();
    }
}

[Collection(OnSqlite.Name)]
public sealed class InvitationTakeoverOnSqlite(SqliteApp app) : InvitationTakeoverTests(app);
[Collection(OnPostgres.Name)]
public sealed class InvitationTakeoverOnPostgres(PostgresApp app) : InvitationTakeoverTests(app);
