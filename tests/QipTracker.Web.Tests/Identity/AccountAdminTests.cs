using System.Net;
using System.Net.Http.Headers;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Accounts;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.SecurityEvents;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Identity;

/// <summary>The system administrator disables accounts platform-wide; the security log is read by trust or whole.</summary>
public abstract class AccountAdminTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Adm {Guid.NewGuid():N}"[..12]);

    private async Task<T> AsSystemAdmin<T>(TestUser admin, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(admin.Id, null, [], isSystemAdmin: true);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    private HttpClient WithToken(string secret)
    {
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_loses_its_sessions_and_its_api_tokens_until_enabled()
    {
        var trust = await NewTrust();
        var admin = await SystemAdmins.CreateAsync(app);
        var user = trust[TrustRole.Pmo];
        var browser = await app.SignedInAsync(user);
        var token = await app.SendAs(trust, TrustRole.Pmo, new CreateApiToken("feed", TrustRole.Pmo));
        var found = Assert.Single(await AsSystemAdmin(admin, new SearchAccounts(user.Email.ToUpperInvariant())));
        Assert.Equal((user.Id, 1, 1), (found.UserId, found.Trusts, found.ActiveSessions));

        var disabled = await AsSystemAdmin(admin, new DisableAccount(user.Id));

        Assert.NotNull(disabled.DisabledAt);
        Assert.Equal(0, disabled.ActiveSessions);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithToken(token.Secret).GetAsync("/api/v1/trust")).StatusCode);
        var refused = await app.NewBrowser().PostLoginAsync(user.Email, TestTrust.Password);
        var unknown = await app.NewBrowser().PostLoginAsync($"nobody.{Guid.NewGuid():N}@nowhere.example", TestTrust.Password);
        Assert.Equal(unknown.Headers.Location, refused.Headers.Location);

        await AsSystemAdmin(admin, new EnableAccount(user.Id));
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignedInAsync(user)).GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithToken(token.Secret).GetAsync("/api/v1/trust")).StatusCode);

        var log = await AsSystemAdmin(admin, new ListAllSecurityEvents(user.Email, null));
        Assert.Contains(log, e => e.Kind == SecurityEventKind.AccountDisabled && e.By == admin.DisplayName);
        Assert.Contains(log, e => e.Kind == SecurityEventKind.AccountEnabled);
    }

    [Fact]
    public async Task Only_the_system_administrator_manages_accounts_and_not_their_own()
    {
        var trust = await NewTrust();
        var admin = await SystemAdmins.CreateAsync(app);
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, role, new SearchAccounts("")));
            await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, role, new DisableAccount(trust[TrustRole.Pmo].Id)));
            await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, role, new ListAllSecurityEvents(null, null)));
        }
        await Assert.ThrowsAsync<DomainException>(() => AsSystemAdmin(admin, new DisableAccount(admin.Id)));
    }

    [Fact]
    public async Task A_trust_admin_sees_their_trusts_security_events_and_the_system_admin_sees_all()
    {
        var mine = await NewTrust();
        var other = await NewTrust();
        var admin = await SystemAdmins.CreateAsync(app);
        await app.SignedInAsync(mine[TrustRole.Pmo]);
        await app.SignedInAsync(other[TrustRole.Pmo]);
        await app.NewBrowser().PostLoginAsync(mine[TrustRole.BoardMember].Email, "a wrong password here");
        var token = await app.SendAs(mine, TrustRole.IsgChair, new CreateApiToken("chart feed", TrustRole.IsgChair));
        await app.SendAs(mine, TrustRole.IsgChair, new RevokeApiToken(token.Token.Id));

        var trustLog = await app.SendAs(mine, TrustRole.TrustAdmin, new ListTrustSecurityEvents(null, null));

        Assert.Contains(trustLog, e => e.Kind == SecurityEventKind.SignedIn && e.Email == mine[TrustRole.Pmo].Email && e.IpAddress is not null);
        Assert.Contains(trustLog, e => e.Kind == SecurityEventKind.SignInFailed && e.Email == mine[TrustRole.BoardMember].Email);
        Assert.Contains(trustLog, e => e.Kind == SecurityEventKind.ApiTokenCreated && e.Detail!.Contains("chart feed"));
        Assert.Contains(trustLog, e => e.Kind == SecurityEventKind.ApiTokenRevoked);
        Assert.DoesNotContain(trustLog, e => e.Email == other[TrustRole.Pmo].Email);
        foreach (var role in Enum.GetValues<TrustRole>().Where(r => r != TrustRole.TrustAdmin))
            await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(mine, role, new ListTrustSecurityEvents(null, null)));

        var all = await AsSystemAdmin(admin, new ListAllSecurityEvents(null, SecurityEventKind.SignedIn));
        Assert.Contains(all, e => e.Email == mine[TrustRole.Pmo].Email && e.Trust == mine.Name);
        Assert.Contains(all, e => e.Email == other[TrustRole.Pmo].Email && e.Trust == other.Name);
    }

    [Fact]
    public async Task Removing_a_role_signs_the_person_out_and_is_logged()
    {
        var trust = await NewTrust();
        var chair = trust[TrustRole.IsgChair];
        var browser = await app.SignedInAsync(chair);

        await app.SendAs(trust, TrustRole.TrustAdmin, new RemoveRole(chair.Id, TrustRole.IsgChair));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/")).StatusCode);
        Assert.DoesNotContain(await app.SendAs(trust, TrustRole.TrustAdmin, new ListTrustPeople()), p => p.UserId == chair.Id);
        Assert.Contains(await app.SendAs(trust, TrustRole.TrustAdmin, new ListTrustSecurityEvents(chair.Email, SecurityEventKind.RoleRemoved)),
            e => e.Detail == "Removed ISG chair" && e.By == trust[TrustRole.TrustAdmin].DisplayName);
        await Assert.ThrowsAsync<DomainException>(() => app.SendAs(trust, TrustRole.TrustAdmin, new RemoveRole(trust[TrustRole.TrustAdmin].Id, TrustRole.TrustAdmin)));
    }
}

[Collection(OnSqlite.Name)]
public sealed class AccountAdminOnSqlite(SqliteApp app) : AccountAdminTests(app);
[Collection(OnPostgres.Name)]
public sealed class AccountAdminOnPostgres(PostgresApp app) : AccountAdminTests(app);
