using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Oversight;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Oversight;

/// <summary>
/// The oversight view over HTTP: a trust admin grants and revokes an organisation's access (audited), its users read
/// the granted trusts' summary and nothing of any other, owners' names only when allowed, and a revoked grant is
/// refused on the very next request of a session that was already open.
/// </summary>
public abstract class OversightViewTests(QipAppFactory app)
{
    [Fact]
    public async Task A_granted_organisation_reads_the_summary_and_a_revoke_refuses_its_open_session_at_once()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ov {Guid.NewGuid():N}"[..10]);
        var (organisation, reader) = await OrganisationWithUserAsync("North ICB");
        var browser = await app.SignedInAsync(reader);
        Assert.Empty((await PortfolioAsync(browser)).Trusts);

        var grantId = await app.SendAs(trust, TrustRole.TrustAdmin, new GrantOversight(organisation, ShowOwnerNames: false));
        await app.SendAs(trust, TrustRole.Pmo, new SaveExitCriterion(null, "Maternity rated Good on re-inspection", new DateOnly(2026, 1, 10),
            ExitCriterionStatus.OnTrack, "Re-inspection booked"));

        var seen = Assert.Single((await PortfolioAsync(browser)).Trusts);
        Assert.Equal(trust.Name, seen.TrustName);
        // RC-001 is due five days ago: overdue by the Domain's rule, and so off track or overdue too.
        Assert.Equal(1, seen.Overdue);
        Assert.Equal(1, seen.OffTrackOrOverdue);
        Assert.Equal(2, seen.Trajectory.Count);
        Assert.Equal(ExitCriterionStatus.OnTrack, Assert.Single(seen.ExitCriteria).Status);
        Assert.Equal("RC-001", Assert.Single(seen.Exceptions).Reference);

        await app.SendAs(trust, TrustRole.TrustAdmin, new RevokeOversight(grantId));

        // The same signed-in session, no new sign-in: the grant is read from the database on every request.
        Assert.Empty((await PortfolioAsync(browser)).Trusts);
        var feedback = await browser.PostAsJsonAsync($"/api/v1/oversight/trusts/{trust.TrustId}/feedback",
            new { meetingOn = new DateOnly(2026, 1, 5), said = "Too late" });
        Assert.Equal(HttpStatusCode.NotFound, feedback.StatusCode);

        var audit = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries
            .Where(a => a.TrustId == trust.TrustId && a.EntityType == nameof(OversightGrant)).ToListAsync());
        Assert.Contains(audit, a => a.Operation == AuditOperation.Created && a.EntityId == grantId);
        Assert.Contains(audit, a => a.Operation == AuditOperation.Modified && a.Field == nameof(OversightGrant.RevokedAt));
    }

    [Fact]
    public async Task Owners_names_are_shown_only_when_the_trust_allows_them()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Nm {Guid.NewGuid():N}"[..10]);
        var (organisation, reader) = await OrganisationWithUserAsync("NHS England Midlands");
        var browser = await app.SignedInAsync(reader);
        var owner = trust[TrustRole.RootCauseOwner].DisplayName;

        await app.SendAs(trust, TrustRole.TrustAdmin, new GrantOversight(organisation, ShowOwnerNames: false));
        var hidden = await browser.GetStringAsync("/api/v1/oversight/portfolio");
        Assert.Contains("RC-001", hidden);
        Assert.DoesNotContain(owner, hidden);

        await app.SendAs(trust, TrustRole.TrustAdmin, new GrantOversight(organisation, ShowOwnerNames: true));
        var shown = Assert.Single((await PortfolioAsync(browser)).Trusts);
        Assert.Equal(owner, Assert.Single(shown.Exceptions).Owner);
    }

    [Fact]
    public async Task Another_organisations_users_see_nothing_of_a_trust_that_did_not_grant_them()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ot {Guid.NewGuid():N}"[..10]);
        var (granted, _) = await OrganisationWithUserAsync("Granted ICB");
        var (_, outsider) = await OrganisationWithUserAsync("Other ICB");
        await app.SendAs(trust, TrustRole.TrustAdmin, new GrantOversight(granted, ShowOwnerNames: true));
        var pack = await PartnerPackAsync(trust);

        var browser = await app.SignedInAsync(outsider);
        Assert.Empty((await PortfolioAsync(browser)).Trusts);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/oversight/trusts/{trust.TrustId}/partner-packs/{pack}/pdf")).StatusCode);
        // Nor any trust page or API: an oversight user holds no trust role.
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/api/v1/root-causes/{trust.RootCauseIds[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/api/v1/trust")).StatusCode);
    }

    [Fact]
    public async Task A_granted_reader_downloads_the_partner_pack_only_and_adds_feedback_recorded_with_their_organisation()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Pk {Guid.NewGuid():N}"[..10]);
        var (organisation, reader) = await OrganisationWithUserAsync("Pack ICB");
        await app.SendAs(trust, TrustRole.TrustAdmin, new GrantOversight(organisation, ShowOwnerNames: false));
        var pack = await PartnerPackAsync(trust);
        var boardPaper = await PartnerPackAsync(trust, Domain.BoardPapers.GeneratedPaperKind.BoardPaper);
        var browser = await app.SignedInAsync(reader);

        var summary = Assert.Single((await PortfolioAsync(browser)).Trusts);
        Assert.Equal(pack, summary.LatestPartnerPack!.PaperId);
        var pdf = await browser.GetAsync($"/api/v1/oversight/trusts/{trust.TrustId}/partner-packs/{pack}/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.StartsWith("%PDF", await pdf.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/api/v1/oversight/trusts/{trust.TrustId}/partner-packs/{boardPaper}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync($"/api/v1/board-papers/{pack}/pdf")).StatusCode);

        var added = await browser.PostAsJsonAsync($"/api/v1/oversight/trusts/{trust.TrustId}/feedback",
            new { meetingOn = new DateOnly(2026, 1, 5), said = "Staffing in maternity is still our main concern." });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var recorded = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().PartnerFeedbacks.SingleAsync(f => f.TrustId == trust.TrustId));
        Assert.Equal(organisation, recorded.OversightOrganisationId);
        Assert.Equal(reader.Id, recorded.RecordedBy);
        Assert.Contains("Pack ICB", recorded.From);
        // The trust's PMO sees it among the partners' feedback.
        var list = await app.SendAs(trust, TrustRole.Pmo, new Features.BoardPapers.ListPartnerFeedback());
        Assert.Contains(list, f => f.Said.StartsWith("Staffing in maternity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_of_a_trust_cannot_be_made_an_oversight_user()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Mb {Guid.NewGuid():N}"[..10]);
        var (organisation, _) = await OrganisationWithUserAsync("Strict ICB");
        var admin = await TestSystemAdminAsync();
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<Infrastructure.Tenancy.CurrentUser>().Set(admin.Id, null, [], isSystemAdmin: true);
        var refused = await Assert.ThrowsAsync<Application.RequestValidationException>(() => scope.ServiceProvider
            .GetRequiredService<MediatR.IMediator>().Send(new AddOversightMember(organisation, trust[TrustRole.Pmo].Email, "Pat")));
        Assert.Contains("holds no other", string.Join(" ", refused.Errors.SelectMany(e => e.Value)));
    }

    [Fact]
    public async Task The_api_grants_and_revokes_access_and_keeps_the_exit_criteria_the_portfolio_shows()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ap {Guid.NewGuid():N}"[..10]);
        var (organisation, reader) = await OrganisationWithUserAsync("Api ICB");
        var overseer = await app.SignedInAsync(reader);
        var admin = await app.SignedInAsync(trust[TrustRole.TrustAdmin]);
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);

        var granted = await admin.PostAsJsonAsync("/api/v1/oversight-access", new { organisationId = organisation, showOwnerNames = false });
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        var grantId = await granted.Content.ReadFromJsonAsync<Guid>(Json.Options);
        var added = await pmo.PostAsJsonAsync("/api/v1/exit-criteria",
            new { text = "Two consecutive months of safe staffing", agreedOn = new DateOnly(2026, 2, 1), status = "NotMet", evidenceNote = (string?)null });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var criterion = (await added.Content.ReadFromJsonAsync<ExitCriterionDto>(Json.Options))!;
        var revised = await pmo.PutAsJsonAsync($"/api/v1/exit-criteria/{criterion.Id}",
            new { text = criterion.Text, agreedOn = criterion.AgreedOn, status = "Met", evidenceNote = "Rotas for Oct and Nov", version = criterion.Version });
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        // The PMO's earlier version is now stale: a second save with it is a conflict, not a silent overwrite.
        var stale = await pmo.PutAsJsonAsync($"/api/v1/exit-criteria/{criterion.Id}",
            new { text = criterion.Text, agreedOn = criterion.AgreedOn, status = "NotMet", evidenceNote = "", version = criterion.Version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var seen = Assert.Single((await PortfolioAsync(overseer)).Trusts);
        var shown = Assert.Single(seen.ExitCriteria);
        Assert.Equal((ExitCriterionStatus.Met, "Rotas for Oct and Nov"), (shown.Status, shown.EvidenceNote));
        var access = (await admin.GetFromJsonAsync<OversightAccess>("/api/v1/oversight-access", Json.Options))!;
        Assert.True(Assert.Single(access.Grants, g => g.Id == grantId).Active);
        // The PMO may not grant, and the overseer may not change the trust's criteria.
        Assert.Equal(HttpStatusCode.Forbidden, (await pmo.PostAsJsonAsync("/api/v1/oversight-access", new { organisationId = organisation, showOwnerNames = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await overseer.GetAsync("/api/v1/exit-criteria")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.DeleteAsync($"/api/v1/oversight-access/{grantId}")).StatusCode);
        Assert.Empty((await PortfolioAsync(overseer)).Trusts);
        access = (await admin.GetFromJsonAsync<OversightAccess>("/api/v1/oversight-access", Json.Options))!;
        Assert.False(Assert.Single(access.Grants, g => g.Id == grantId).Active);
    }

    [Fact]
    public async Task A_new_member_is_invited_for_as_long_as_a_trusts_invitation_and_chooses_a_password_once()
    {
        var (organisation, _) = await OrganisationWithUserAsync("Invite ICB");
        var admin = await TestSystemAdminAsync();
        var email = $"new.{Guid.NewGuid():N}@icb.example";
        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<Infrastructure.Tenancy.CurrentUser>().Set(admin.Id, null, [], isSystemAdmin: true);
            await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new AddOversightMember(organisation, email, "Sam Rowe"));
        }

        var link = await app.LatestLinkAsync(email, "/account/reset-password");
        var (userId, token) = (Guid.Parse(Outbox.Query(link, "user")), Outbox.Query(link, "token"));
        var expires = app.Clock.GetUtcNow().Add(Features.People.Invitations.ValidFor).ToString(Domain.Common.UkDate.Long, System.Globalization.CultureInfo.InvariantCulture);
        var body = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails.Where(o => o.ToAddress == email).Select(o => o.TextBody).SingleAsync());
        Assert.Contains($"expires on {expires}", body);
        Assert.DoesNotContain("for an hour", body);
        await app.AsSystem(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(userId.ToString()))!;
            // Not an hour-long password reset token: the reset provider refuses it.
            Assert.False(await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider,
                Microsoft.AspNetCore.Identity.UserManager<AppUser>.ResetPasswordTokenPurpose, token));
            Assert.True(await OversightInvitationTokens.IsValidAsync(users, user, token));
            return 0;
        });

        const string password = "a commissioner's own sentence";
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new Features.Account.ResetPassword(userId, token, password));
        var browser = await app.SignedInAsync(new TestUser(userId, email, "Sam Rowe"), password);
        Assert.Empty((await PortfolioAsync(browser)).Trusts);
        await using (var scope = app.Services.CreateAsyncScope())
            await Assert.ThrowsAsync<Domain.Common.DomainException>(() => scope.ServiceProvider.GetRequiredService<MediatR.IMediator>()
                .Send(new Features.Account.ResetPassword(userId, token, "another sentence entirely")));
    }

    private async Task<TestUser> TestSystemAdminAsync()
    {
        var email = $"sys.{Guid.NewGuid():N}@platform.example";
        return await app.AsSystem(async sp =>
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Sys", IsSystemAdmin = true, CreatedAt = DateTimeOffset.UtcNow };
            await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().CreateAsync(user, TestTrust.Password);
            return new TestUser(user.Id, email, "Sys");
        });
    }

    private async Task<(Guid Organisation, TestUser Reader)> OrganisationWithUserAsync(string name)
    {
        name = $"{name} {Guid.NewGuid():N}"[..(name.Length + 7)];
        var email = $"reader.{Guid.NewGuid():N}@oversight.example";
        return await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var organisation = new OversightOrganisation(name, OversightKind.Icb, DateTimeOffset.UtcNow);
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"Reader of {name}", CreatedAt = DateTimeOffset.UtcNow };
            var created = await sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>().CreateAsync(user, TestTrust.Password);
            Assert.True(created.Succeeded);
            db.OversightOrganisations.Add(organisation);
            db.OversightMembers.Add(new OversightMember(organisation.Id, user.Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (organisation.Id, new TestUser(user.Id, email, user.DisplayName));
        });
    }

    // A generated paper with stand-in files: this is about who may read it, not about LibreOffice.
    private async Task<Guid> PartnerPackAsync(TestTrust trust, Domain.BoardPapers.GeneratedPaperKind kind = Domain.BoardPapers.GeneratedPaperKind.PartnerPack) =>
        await app.AsSystem(async sp =>
        {
            var store = sp.GetRequiredService<Infrastructure.Files.IFileStore>();
            var docx = await store.SaveAsync(trust.TrustId, new MemoryStream("PK"u8.ToArray()));
            var pdf = await store.SaveAsync(trust.TrustId, new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
            var paper = new Domain.BoardPapers.GeneratedPaper(trust.TrustId, new DateOnly(2026, 10, 1), kind, DateTimeOffset.UtcNow, null, "{}",
                docx.Key, docx.SizeBytes, pdf.Key, pdf.SizeBytes);
            var db = sp.GetRequiredService<QipDbContext>();
            db.GeneratedPapers.Add(paper);
            await db.SaveChangesAsync();
            return paper.Id;
        });

    private static async Task<Portfolio> PortfolioAsync(HttpClient browser) =>
        (await browser.GetFromJsonAsync<Portfolio>("/api/v1/oversight/portfolio", Json.Options))!;
}

[Collection(OnSqlite.Name)]
public sealed class OversightViewOnSqlite(SqliteApp app) : OversightViewTests(app);
[Collection(OnPostgres.Name)]
public sealed class OversightViewOnPostgres(PostgresApp app) : OversightViewTests(app);
