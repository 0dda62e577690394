using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.PersonalData;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.InputPolicy;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PersonalData;

/// <summary>
/// Subject access and erasure (issue 16), over the API on both databases: what a trust admin and the system administrator
/// export about a person, and what erasing a person who has left changes, keeps and refuses.
/// </summary>
public abstract class PersonalDataTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Pd {Guid.NewGuid():N}"[..12]);

    [Fact]
    public async Task Every_column_that_could_hold_a_person_is_exported_or_left_out_with_a_reason()
    {
        var names = await app.AsSystem(sp => Task.FromResult(PersonalDataMap.CandidateColumns(sp.GetRequiredService<QipDbContext>().Model)
            .Select(c => PersonalDataMap.Name(c.Type, c.Property)).ToList()));

        Assert.DoesNotContain(names, n => !PersonalDataMap.Exported.Contains(n) && !PersonalDataMap.LeftOut.ContainsKey(n));
        Assert.Empty(PersonalDataMap.Exported.Concat(PersonalDataMap.LeftOut.Keys).Except(names));   // nothing listed that the model lost
        Assert.All(PersonalDataMap.LeftOut.Values, why => Assert.True(why.Length > 20, why));
    }

    [Fact]
    public async Task A_trust_admin_downloads_what_the_trust_holds_about_a_person_and_the_download_is_logged()
    {
        var trust = await NewTrust();
        var owner = trust[TrustRole.RootCauseOwner];
        var ownerClient = await app.SignedInAsync(owner);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/note",
            new { title = "Fridge audit", whatItShows = "Checks twice daily since May" })).StatusCode);
        var admin = await app.SignedInAsync(trust[TrustRole.TrustAdmin]);

        var response = await admin.GetAsync($"/api/v1/people/{owner.Id}/personal-data");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"personal-data-{owner.Id}.json", response.Content.Headers.ContentDisposition?.FileName);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((owner.Email, owner.DisplayName), (data.GetProperty("account").GetProperty("email").GetString(),
            data.GetProperty("account").GetProperty("displayName").GetString()));
        var records = data.GetProperty("records");
        Assert.Equal("Checks twice daily since May", records.GetProperty("Evidence.AddedBy")[0].GetProperty("whatItShows").GetString());
        Assert.True(records.GetProperty("RootCause.OwnerId").GetArrayLength() > 0, "the root causes they own, their SBAR with them");
        Assert.Equal("RootCauseOwner", records.GetProperty("TrustMembership.UserId")[0].GetProperty("role").GetString());
        Assert.Contains(records.GetProperty("AuditEntry.UserId").EnumerateArray(), a => a.GetProperty("entityType").GetString() == "Evidence");
        Assert.False(records.TryGetProperty("UserSession.UserId", out _), "sign-ins are the account's, exported by the system administrator");
        Assert.DoesNotContain("passwordHash", data.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tokenHash", data.ToString(), StringComparison.OrdinalIgnoreCase);

        var logged = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().SecurityEvents
            .SingleAsync(e => e.UserId == owner.Id && e.Kind == SecurityEventKind.PersonalDataExported));
        Assert.Equal((trust[TrustRole.TrustAdmin].Id, trust.TrustId), (logged.ActorId!.Value, logged.TrustId!.Value));

        var other = await NewTrust();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/people/{other[TrustRole.Pmo].Id}/personal-data")).StatusCode);
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        Assert.Equal(HttpStatusCode.Forbidden, (await pmo.GetAsync($"/api/v1/people/{owner.Id}/personal-data")).StatusCode);
    }

    [Fact]
    public async Task The_system_administrator_downloads_everything_about_anyone_sessions_included()
    {
        var trust = await NewTrust();
        var owner = trust[TrustRole.RootCauseOwner];
        await app.SignedInAsync(owner);
        var system = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));

        var data = JsonDocument.Parse(await system.GetStringAsync($"/api/v1/accounts/{owner.Id}/personal-data")).RootElement;

        Assert.Equal("every trust", data.GetProperty("scope").GetString());
        Assert.True(data.GetProperty("records").GetProperty("UserSession.UserId").GetArrayLength() > 0);
        Assert.Equal(trust.TrustId, data.GetProperty("records").GetProperty("TrustMembership.UserId")[0].GetProperty("trustId").GetGuid());
    }

    [Fact]
    public async Task Erasing_a_person_who_has_left_removes_sign_in_and_their_name_and_keeps_what_they_wrote()
    {
        var trust = await NewTrust();
        var owner = trust[TrustRole.RootCauseOwner];
        var ownerClient = await app.SignedInAsync(owner);
        Assert.Equal(HttpStatusCode.Created, (await ownerClient.PostJsonAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}/evidence/note",
            new { title = "Ward audit", whatItShows = "Audit signed off by the matron" })).StatusCode);
        // History that kept the name as text: a paper draft's author, as the audit trail recorded it.
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.AuditEntries.Add(new AuditEntry(trust.TrustId, "PaperDraft", Guid.NewGuid(), AuditOperation.Modified, "Author", "PMO office",
                $"{owner.DisplayName} (PMO office)", trust[TrustRole.Pmo].Id, app.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var admin = await app.SignedInAsync(trust[TrustRole.TrustAdmin]);

        var response = await admin.PostAsync($"/api/v1/people/{owner.Id}/erase", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var newName = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("newName").GetString()!;
        Assert.Matches("^Former member of staff [0-9]+$", newName);
        // Sign-in is gone: the session ended at once, and there is no password, token or membership left.
        Assert.Equal(HttpStatusCode.Unauthorized, (await ownerClient.GetAsync("/api/v1/trust")).StatusCode);
        var account = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            return (User: await db.Users.SingleAsync(u => u.Id == owner.Id),
                Memberships: await db.Memberships.IgnoreQueryFilters().CountAsync(m => m.UserId == owner.Id),
                Tokens: await db.ApiTokens.IgnoreQueryFilters().CountAsync(t => t.UserId == owner.Id),
                Evidence: await db.Evidence.IgnoreQueryFilters().Where(e => e.AddedBy == owner.Id).Select(e => e.WhatItShows).ToListAsync(),
                Erasure: await db.SecurityEvents.SingleAsync(e => e.UserId == owner.Id && e.Kind == SecurityEventKind.AccountErased),
                Audit: await db.AuditEntries.IgnoreQueryFilters().Where(a => a.EntityId == owner.Id && a.Field == "Erased").ToListAsync(),
                OldName: await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.TrustId == trust.TrustId &&
                    (a.Before!.Contains(owner.DisplayName) || a.After!.Contains(owner.DisplayName))),
                Renamed: await db.AuditEntries.IgnoreQueryFilters().CountAsync(a => a.TrustId == trust.TrustId && a.After == newName + " (PMO office)"));
        });
        Assert.Equal((newName, (string?)null), (account.User.DisplayName, account.User.PasswordHash));
        Assert.EndsWith("@erased.invalid", account.User.Email);
        Assert.Equal((0, 0), (account.Memberships, account.Tokens));
        Assert.Equal(["Audit signed off by the matron"], account.Evidence);
        Assert.Equal((trust[TrustRole.TrustAdmin].Id, $"Erased as {newName}"), (account.Erasure.ActorId!.Value, account.Erasure.Detail));
        Assert.Equal((newName, trust[TrustRole.TrustAdmin].Id), (Assert.Single(account.Audit).After, account.Audit[0].UserId!.Value));
        Assert.Equal((0, 1), (account.OldName, account.Renamed));
        // Pages and the API name the owner from the account: the replacement shows in the plan.
        var rootCause = await (await admin.GetAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(newName, rootCause.GetProperty("owner").GetString());

        // The number is the platform's and never moves: the next erasure takes the next one.
        var next = await (await admin.PostAsync($"/api/v1/people/{trust[TrustRole.BoardMember].Id}/erase", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(Number(newName) + 1, Number(next.GetProperty("newName").GetString()!));
        Assert.Equal(newName, await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Users.Where(u => u.Id == owner.Id).Select(u => u.DisplayName).SingleAsync()));
    }

    [Fact]
    public async Task Erasing_yourself_the_last_trust_admin_or_someone_of_another_trust_is_refused_with_the_reason()
    {
        var trust = await NewTrust();
        var other = await NewTrust();
        var admin = await app.SignedInAsync(trust[TrustRole.TrustAdmin]);
        var both = trust[TrustRole.Pmo];
        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.Memberships.Add(new TrustMembership(other.TrustId, both.Id, TrustRole.Pmo));
            return await db.SaveChangesAsync();
        });
        var system = await app.SignedInAsync(await TestSystemAdmin.CreateAsync(app.Services));

        var self = await admin.PostAsync($"/api/v1/people/{trust[TrustRole.TrustAdmin].Id}/erase", null);
        var twoTrusts = await admin.PostAsync($"/api/v1/people/{both.Id}/erase", null);
        var lastAdmin = await system.PostAsync($"/api/v1/accounts/{trust[TrustRole.TrustAdmin].Id}/erase", null);
        var notOurs = await admin.PostAsync($"/api/v1/people/{other[TrustRole.Pmo].Id}/erase", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, self.StatusCode);
        Assert.Contains("You cannot erase yourself", await self.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twoTrusts.StatusCode);
        Assert.Contains("also a member of another trust", await twoTrusts.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, lastAdmin.StatusCode);
        Assert.Contains("last trust administrator", await lastAdmin.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, notOurs.StatusCode);
        // The system administrator may erase the person in two trusts.
        Assert.Equal(HttpStatusCode.OK, (await system.PostAsync($"/api/v1/accounts/{both.Id}/erase", null)).StatusCode);
        Assert.Equal(0, await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Memberships.IgnoreQueryFilters().CountAsync(m => m.UserId == both.Id)));
    }

    private static int Number(string name) => int.Parse(name["Former member of staff ".Length..], System.Globalization.CultureInfo.InvariantCulture);
}

[Collection(OnSqlite.Name)]
public sealed class PersonalDataOnSqlite(SqliteApp app) : PersonalDataTests(app);

[Collection(OnPostgres.Name)]
public sealed class PersonalDataOnPostgres(PostgresApp app) : PersonalDataTests(app);
