using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Identity;
using Xunit.Abstractions;

namespace QipTracker.Infrastructure.Tests.Demo;

[Collection(DemoDatabaseCollection.Name)]
public sealed class DemoTrustSeederTests(SeededDemoTrust demo, ITestOutputHelper output) : IClassFixture<SeededDemoTrust>
{
    private DemoDatabase Database => demo.Database;
    private DateOnly Today => Database.Today;

    [Fact]
    public async Task Seeds_one_acute_trust_in_special_measures_with_its_inspection_and_notices()
    {
        await using var scope = Database.Scope(out var db);
        var trust = await db.Trusts.SingleAsync();
        Assert.True(demo.Result.Seeded);
        Assert.Equal(trust.Name, demo.Result.TrustName);
        Assert.Equal(TrustType.Acute, trust.Type);
        Assert.Equal(3, trust.Sites.Count);
        Assert.NotNull(trust.ImprovementDirector);
        Assert.NotEmpty(trust.BuddyTrusts);
        Assert.True(trust.PopulationServed > 0);

        var smq = await db.RegimePeriods.SingleAsync(r => r.Regime == Regime.SpecialMeasuresQuality);
        Assert.Null(smq.ExitedOn);
        Assert.InRange(smq.EnteredOn, Today.AddMonths(-8).AddDays(-3), Today.AddMonths(-8));

        var inspection = await db.Inspections.OrderByDescending(i => i.StartedOn).FirstAsync();
        Assert.Equal(Rating.Inadequate, inspection.OverallRating);
        Assert.Equal(Rating.Inadequate, inspection.RatingFor(CqcDomain.Safe));
        Assert.Equal(Rating.Inadequate, inspection.RatingFor(CqcDomain.WellLed));
        Assert.Equal(Rating.RequiresImprovement, inspection.RatingFor(CqcDomain.Effective));
        Assert.Equal(Rating.RequiresImprovement, inspection.RatingFor(CqcDomain.Responsive));
        Assert.Equal(Rating.Good, inspection.RatingFor(CqcDomain.Caring));
        Assert.Contains(inspection.Ratings, r => r.CoreService is not null);
        Assert.InRange(inspection.StartedOn, Today.AddMonths(-9).AddDays(-3), Today.AddMonths(-9));
        Assert.InRange(inspection.PublishedOn!.Value, Today.AddMonths(-7).AddDays(-3), Today.AddMonths(-7));
        Assert.Equal([NoticeKind.Section29AWarning, NoticeKind.Section31Conditions], inspection.Notices.Select(n => n.Kind).Order());
    }

    [Fact]
    public async Task Plan_is_sized_like_a_real_qip_with_five_steering_groups()
    {
        await using var scope = Database.Scope(out var db);
        var isgs = await db.Isgs.ToListAsync();
        Assert.Equal(5, isgs.Count);
        Assert.Equal(ReportingCadence.Monthly, isgs.Single(i => i.Name == "Well-led").Cadence);
        Assert.All(isgs.Where(i => i.Name != "Well-led"), i => Assert.Equal(ReportingCadence.Fortnightly, i.Cadence));
        Assert.All(isgs, i =>
        {
            Assert.NotNull(i.ChairId);
            Assert.NotNull(i.AccountableExecutiveId);
            Assert.True(i.MemberIds.Count >= 5, $"{i.Name} has {i.MemberIds.Count} members");
        });

        var findings = await db.Findings.ToListAsync();
        var rootCauses = await db.RootCauses.CountAsync();
        output.WriteLine($"{findings.Count} findings, {rootCauses} root causes, {await db.Actions.CountAsync()} actions, seeded in {demo.SeedTime.TotalSeconds:F1} s");
        Assert.InRange(findings.Count, 160, 180);
        Assert.InRange(rootCauses, 380, 420);
        Assert.InRange(findings.Count(f => f.Kind == FindingKind.MustDo), 55, 65);
        Assert.InRange(findings.Count(f => f.Kind == FindingKind.ShouldDo), 95, 105);
        Assert.Contains(findings, f => f.Kind == FindingKind.NoticeRequirement);
        Assert.Contains(findings, f => f.Kind == FindingKind.WellLedRecommendation);
        Assert.All(isgs, i => Assert.Contains(findings, f => f.IsgId == i.Id));
    }

    [Fact]
    public async Task Findings_read_like_a_cqc_report()
    {
        await using var scope = Database.Scope(out var db);
        var findings = await db.Findings.ToListAsync();

        var mustDos = findings.Where(f => f.Kind == FindingKind.MustDo).Select(f => f.Reference).ToHashSet();
        Assert.All(Enumerable.Range(1, mustDos.Count), n => Assert.Contains($"MD-{n}", mustDos));
        Assert.All(findings.Where(f => f.Kind == FindingKind.MustDo), f => Assert.StartsWith("The trust must ", f.Text));
        Assert.All(findings.Where(f => f.Kind == FindingKind.ShouldDo), f => Assert.StartsWith("The trust should ", f.Text));
        Assert.All(findings, f => Assert.StartsWith("Regulation ", f.Regulation));
        Assert.All(findings, f => Assert.NotNull(f.Domain));
        Assert.Equal(8, findings.Select(f => f.CoreService).OfType<string>().Distinct().Count());
        Assert.Equal(3, findings.Select(f => f.Site).OfType<string>().Distinct().Count());
        Assert.Contains(findings, f => f.SafetyUrgent);
        Assert.DoesNotContain(findings, f => f.SafetyUrgent && f.Kind is FindingKind.ShouldDo);
        Assert.Contains(findings, f => f.Text.Contains("fridge temperatures"));
        Assert.True(findings.Select(f => f.Text).Distinct().Count() >= findings.Count - 5, "finding texts should hardly ever repeat");

        var wellLedIsg = await db.Isgs.SingleAsync(i => i.Name == "Well-led");
        var wellLed = findings.Where(f => f.IsgId == wellLedIsg.Id).ToList();
        Assert.All(wellLed, f =>
        {
            Assert.Matches("^W[1-8]$", f.KloeCode);
            Assert.Matches(@"^W[1-8]\.\d+$", f.PromptCode);
            Assert.StartsWith(f.KloeCode + ".", f.PromptCode);
        });
        Assert.True(wellLed.Select(f => f.KloeCode).Distinct().Count() >= 6);
    }

    [Fact]
    public async Task Root_causes_completed_or_later_have_evidence_and_completion_dates_in_the_past()
    {
        await using var scope = Database.Scope(out var db);
        var delivered = await db.RootCauses.Include(r => r.Evidence).Where(r => r.Status >= RootCauseStatus.Completed).ToListAsync();
        Assert.True(delivered.Count > 100, $"only {delivered.Count} delivered");
        Assert.All(delivered, r =>
        {
            Assert.NotEmpty(r.Evidence);
            Assert.NotNull(r.CompletedOn);
            Assert.True(r.CompletedOn < Today, $"{r.Reference} completed on {r.CompletedOn}");
            Assert.All(r.Evidence, e => Assert.True(e.AddedAt <= Database.Clock.GetUtcNow()));
            Assert.DoesNotContain(r.Evidence, e => e.Kind == EvidenceKind.File);
        });
        Assert.Contains(delivered, r => r.Evidence.Any(e => e.Kind == EvidenceKind.Link));
        Assert.All(delivered.Where(r => r.Status >= RootCauseStatus.Assured), r => Assert.True(r.AssuredOn >= r.CompletedOn && r.AssuredBy is not null));
        Assert.Contains(delivered, r => r.Status == RootCauseStatus.Completed);
        Assert.Contains(delivered, r => r.Status == RootCauseStatus.Assured);
        Assert.Contains(delivered, r => r.Status == RootCauseStatus.Embedded);
    }

    [Fact]
    public async Task Priority_class_follows_the_strongest_linked_finding()
    {
        await using var scope = Database.Scope(out var db);
        var kinds = await db.Findings.ToDictionaryAsync(f => f.Id, f => f.Kind);
        var rootCauses = await db.RootCauses.Include(r => r.Findings).ToListAsync();
        Assert.All(rootCauses, r =>
        {
            Assert.NotEmpty(r.Findings);
            var expected = r.Findings.Any(l => kinds[l.FindingId].Priority() == PriorityClass.MustDo) ? PriorityClass.MustDo : PriorityClass.ShouldDo;
            Assert.Equal(expected, r.Priority);
        });
        Assert.Contains(rootCauses, r => r.Priority == PriorityClass.ShouldDo);
    }

    [Fact]
    public async Task Some_root_causes_answer_several_findings_and_every_finding_is_answered()
    {
        await using var scope = Database.Scope(out var db);
        var links = await db.RootCauseFindings.ToListAsync();
        var findings = await db.Findings.ToDictionaryAsync(f => f.Id);
        var perRootCause = links.GroupBy(l => l.RootCauseId).Select(g => g.Select(l => findings[l.FindingId]).ToList()).ToList();

        Assert.True(perRootCause.Count(g => g.Count >= 2) >= 10);
        Assert.All(perRootCause, g => Assert.InRange(g.Count, 1, 3));
        Assert.True(perRootCause.Count(g => g.Count == 1) > perRootCause.Count / 2, "most root causes answer one finding");
        // A Should Do covered by a Must Do's root cause.
        Assert.Contains(perRootCause, g => g.Any(f => f.Kind == FindingKind.MustDo) && g.Any(f => f.Kind == FindingKind.ShouldDo));
        Assert.Equal(findings.Count, links.Select(l => l.FindingId).Distinct().Count());
    }

    [Fact]
    public async Task Statuses_agree_with_due_dates()
    {
        await using var scope = Database.Scope(out var db);
        var rootCauses = await db.RootCauses.ToListAsync();
        Assert.InRange(rootCauses.Min(r => r.BaselineDue), Today.AddDays(-160), Today.AddDays(-120));
        Assert.InRange(rootCauses.Max(r => r.BaselineDue), Today.AddDays(240), Today.AddDays(280));

        var overdue = rootCauses.Count(r => r.IsOverdue(Today));
        output.WriteLine($"overdue {overdue} ({100.0 * overdue / rootCauses.Count:F1}%), off track {rootCauses.Count(r => r.ReportedOffTrack)}, " +
                         $"reopened {rootCauses.Count(r => r.ReopenCount > 0)}, slipping {rootCauses.Count(r => r.ForecastDue > r.BaselineDue && !r.Status.IsDelivered())}, " +
                         string.Join(", ", rootCauses.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        Assert.InRange(100.0 * overdue / rootCauses.Count, 9, 16);

        var old = rootCauses.Where(r => r.BaselineDue < Today.AddDays(-90)).ToList();
        Assert.True(old.Count(r => r.Status.IsDelivered()) >= 0.75 * old.Count, "older due dates are mostly delivered");
        Assert.All(rootCauses.Where(r => r.Status == RootCauseStatus.NotStarted), r => Assert.True(r.BaselineDue > Today.AddDays(90)));
        Assert.InRange(rootCauses.Count(r => r.ReportedOffTrack), 3, 30);
        Assert.Contains(rootCauses, r => r.ForecastDue > r.BaselineDue && !r.IsOverdue(Today) && !r.Status.IsDelivered());
        Assert.All(rootCauses.Where(r => r.Status.IsDelivered()), r => Assert.False(r.ReportedOffTrack));

        var reopened = rootCauses.Where(r => r.ReopenCount > 0).ToList();
        Assert.InRange(reopened.Count, 1, 15);
        Assert.All(reopened, r => Assert.False(string.IsNullOrWhiteSpace(r.LastReopenReason)));
        Assert.All(rootCauses, r => Assert.False(string.IsNullOrWhiteSpace(r.Sbar.Assessment)));
    }

    [Fact]
    public async Task Actions_belong_to_their_root_causes_and_agree_with_them()
    {
        await using var scope = Database.Scope(out var db);
        var actions = await db.Actions.ToListAsync();
        var rootCauses = await db.RootCauses.ToDictionaryAsync(r => r.Id);
        var perRootCause = actions.GroupBy(a => a.RootCauseId).ToDictionary(g => g.Key, g => g.ToList());

        Assert.Equal(rootCauses.Count, perRootCause.Count);
        Assert.All(perRootCause.Values, list => Assert.InRange(list.Count, 1, 5));
        Assert.All(rootCauses.Values.Where(r => r.Status.IsDelivered()), r =>
            Assert.All(perRootCause[r.Id], a => Assert.Contains(a.Status, new[] { ActionStatus.Done, ActionStatus.Cancelled })));
        Assert.All(rootCauses.Values.Where(r => r.Status == RootCauseStatus.NotStarted), r =>
            Assert.All(perRootCause[r.Id], a => Assert.Equal(ActionStatus.NotStarted, a.Status)));
        Assert.All(actions.Where(a => a.DoneOn is not null), a => Assert.True(a.DoneOn <= Today));
        Assert.Contains(actions, a => a.IsOverdue(Today));
    }

    [Fact]
    public async Task Each_isg_has_run_its_sprints_since_the_plan_started_and_one_is_active_today()
    {
        await using var scope = Database.Scope(out var db);
        var isgs = await db.Isgs.ToListAsync();
        var sprints = await db.Sprints.Include(s => s.Scope).ToListAsync();
        var updates = await db.SprintUpdates.ToListAsync();
        Assert.All(isgs, isg =>
        {
            Assert.NotNull(isg.SprintsFrom);
            var mine = sprints.Where(s => s.IsgId == isg.Id).OrderBy(s => s.Number).ToList();
            Assert.True(mine.Count >= 5, $"{isg.Name} has {mine.Count} sprints");
            var active = Assert.Single(mine, s => s.State == Domain.Sprints.SprintState.Active);
            Assert.True(active.Contains(Today));
            Assert.Equal(Domain.Sprints.SprintState.Planned, mine[^1].State);
            Assert.All(mine.Where(s => s.Number < active.Number), s => Assert.Equal(Domain.Sprints.SprintState.Closed, s.State));
            Assert.Equal(Enumerable.Range(1, mine.Count), mine.Select(s => s.Number));
        });
        // Past sprints delivered work and carried some over; the chair has missing updates to chase today.
        Assert.Contains(sprints, s => s.Delivered.Count > 0);
        Assert.Contains(sprints, s => s.CarriedForward.Count > 0);
        var current = sprints.Where(s => s.State == Domain.Sprints.SprintState.Active).ToList();
        Assert.Contains(current, s => Domain.Sprints.MissingUpdates.For(s, updates).Count > 0);
        Assert.Contains(updates, u => current.Any(s => s.Id == u.SprintId));
    }

    [Fact]
    public async Task Owner_login_owns_root_causes_and_actions_some_overdue_some_awaiting_work()
    {
        await using var scope = Database.Scope(out var db);
        var owner = await db.Users.SingleAsync(u => u.Email == "owner@northbridge.example");
        var mine = await db.RootCauses.Where(r => r.OwnerId == owner.Id).ToListAsync();
        var myActions = await db.Actions.Where(a => a.OwnerId == owner.Id).ToListAsync();

        Assert.InRange(mine.Count, 6, 15);
        Assert.Contains(mine, r => r.IsOverdue(Today));
        Assert.Contains(mine, r => !r.Status.IsDelivered() && !r.IsOverdue(Today));
        Assert.Contains(mine, r => r.Status == RootCauseStatus.Completed);
        Assert.True(myActions.Count >= mine.Count);
        Assert.Contains(myActions, a => a.IsOverdue(Today));
        Assert.Contains(myActions, a => a.IsOpen && !a.IsOverdue(Today));

        var unscheduledCare = await db.Isgs.SingleAsync(i => i.Name == "Unscheduled Care");
        Assert.All(mine, r => Assert.Equal(unscheduledCare.Id, r.IsgId));
    }

    [Fact]
    public async Task Each_role_login_exists_with_its_membership_and_can_sign_in()
    {
        await using var scope = Database.Scope(out var db);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var trust = await db.Trusts.SingleAsync();
        var password = demo.Result.Password!;
        Assert.True(password.Length >= 14);

        Assert.Equal(8, demo.Result.Logins.Count);
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            var login = demo.Result.Logins.Single(l => l.Role == role.ToString());
            var user = await users.FindByEmailAsync(login.Email);
            Assert.NotNull(user);
            Assert.True(user.EmailConfirmed);
            Assert.Equal(trust.Id, user.CurrentTrustId);
            Assert.Equal(login.DisplayName, user.DisplayName);
            Assert.True(await users.CheckPasswordAsync(user, password), $"{login.Email} cannot sign in");
            Assert.True(await db.Memberships.AnyAsync(m => m.UserId == user.Id && m.TrustId == trust.Id && m.Role == role), $"{login.Email} is not a {role}");
        }

        var sysadmin = await users.FindByEmailAsync("sysadmin@qiptracker.example");
        Assert.NotNull(sysadmin);
        Assert.True(sysadmin.IsSystemAdmin);
        Assert.True(await users.CheckPasswordAsync(sysadmin, password));
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == sysadmin.Id));
        Assert.False(await users.CheckPasswordAsync(sysadmin, password + "x"));

        // The ICB's reader: no trust role, a member of the ICB the demo trust has granted access.
        var icb = await users.FindByEmailAsync(demo.Result.Logins.Single(l => l.Role == "Oversight").Email);
        Assert.NotNull(icb);
        Assert.True(await users.CheckPasswordAsync(icb, password));
        Assert.False(await db.Memberships.AnyAsync(m => m.UserId == icb.Id));
        var organisation = await db.OversightMembers.Where(m => m.UserId == icb.Id).Select(m => m.OrganisationId).SingleAsync();
        Assert.True(await db.OversightGrants.AnyAsync(g => g.OrganisationId == organisation && g.TrustId == trust.Id && g.RevokedAt == null));
    }

    [Fact]
    public async Task Chair_and_executive_logins_lead_unscheduled_care()
    {
        await using var scope = Database.Scope(out var db);
        var chair = await db.Users.SingleAsync(u => u.Email == "chair@northbridge.example");
        var exec = await db.Users.SingleAsync(u => u.Email == "exec@northbridge.example");
        var owner = await db.Users.SingleAsync(u => u.Email == "owner@northbridge.example");
        var isg = await db.Isgs.SingleAsync(i => i.Name == "Unscheduled Care");

        Assert.True(isg.IsChairedBy(chair.Id));
        Assert.Equal(exec.Id, isg.AccountableExecutiveId);
        Assert.Contains(owner.Id, isg.MemberIds);
        Assert.True(await db.RootCauses.AnyAsync(r => r.AssuredBy == chair.Id));
    }

    [Fact]
    public async Task Pool_of_owners_has_realistic_people_with_memberships()
    {
        await using var scope = Database.Scope(out var db);
        var trust = await db.Trusts.SingleAsync();
        var roleEmails = demo.Result.Logins.Select(l => l.Email).ToHashSet();
        var pool = (await db.Users.ToListAsync()).Where(u => !roleEmails.Contains(u.Email!)).ToList();
        var memberships = await db.Memberships.ToListAsync();

        Assert.InRange(pool.Count, 25, 35);
        Assert.All(pool, u =>
        {
            Assert.EndsWith("@northbridge.example", u.Email);
            Assert.False(string.IsNullOrWhiteSpace(u.JobTitle));
            Assert.Contains(' ', u.DisplayName);
            Assert.Equal(trust.Id, u.CurrentTrustId);
            Assert.Contains(memberships, m => m.UserId == u.Id && m.Role == TrustRole.RootCauseOwner);
        });
        Assert.Equal(pool.Count, pool.Select(u => u.Email).Distinct().Count());
        var isgs = await db.Isgs.ToListAsync();
        Assert.All(isgs, i =>
        {
            Assert.Contains(memberships, m => m.UserId == i.ChairId && m.Role == TrustRole.IsgChair);
            Assert.Contains(memberships, m => m.UserId == i.AccountableExecutiveId && m.Role == TrustRole.AccountableExecutive);
        });
        var owners = await db.RootCauses.Select(r => r.OwnerId).Distinct().CountAsync();
        Assert.True(owners >= 20, $"only {owners} owners");
    }

    [Fact]
    public async Task Audit_trail_holds_six_months_of_status_history()
    {
        await using var scope = Database.Scope(out var db);
        var now = Database.Clock.GetUtcNow();
        var history = (await db.AuditEntries.Where(a => a.Operation == AuditOperation.Modified).ToListAsync())
            .Where(a => a.At < now).ToList();
        var statusChanges = history.Where(a => a.EntityType == nameof(RootCause) && a.Field == nameof(RootCause.Status)).ToList();

        Assert.InRange(history.Min(a => a.At), now.AddDays(-200), now.AddDays(-160));
        Assert.All(history, a => Assert.NotNull(a.UserId));
        Assert.InRange(history.Max(a => a.At), now.AddDays(-14), now);
        // Spread over the months, not bunched at the start or the end.
        Assert.Equal(6, statusChanges.Select(a => (int)((now - a.At).TotalDays / 30.5)).Where(m => m < 6).Distinct().Count());

        var rootCauses = await db.RootCauses.ToListAsync();
        var completions = statusChanges.Where(a => a.After == nameof(RootCauseStatus.Completed)).Select(a => a.EntityId).ToHashSet();
        Assert.All(rootCauses.Where(r => r.Status.IsDelivered()), r => Assert.Contains(r.Id, completions));
        Assert.Contains(statusChanges, a => a.After == nameof(RootCauseStatus.Assured));
        Assert.Contains(history, a => a.EntityType == nameof(ImprovementAction) && a.After == nameof(ActionStatus.Done));
        Assert.Contains(history, a => a.Field == nameof(RootCause.ForecastDue));
        Assert.Contains(history, a => a.Field == nameof(RootCause.LastReopenReason));
    }

    [Fact]
    public async Task Seeding_again_seeds_nothing_new()
    {
        int rootCauses, users, audit;
        await using (var scope = Database.Scope(out var db))
            (rootCauses, users, audit) = (await db.RootCauses.CountAsync(), await db.Users.CountAsync(), await db.AuditEntries.CountAsync());

        var again = await Database.SeedAsync();

        Assert.False(again.Seeded);
        Assert.Null(again.Password); // generated at first start and not kept
        Assert.Equal(demo.Result.Logins, again.Logins);
        Assert.Contains("first seeded", again.FormatBanner());
        await using (var scope = Database.Scope(out var db))
        {
            Assert.Equal(1, await db.Trusts.CountAsync());
            Assert.Equal(rootCauses, await db.RootCauses.CountAsync());
            Assert.Equal(users, await db.Users.CountAsync());
            Assert.Equal(audit, await db.AuditEntries.CountAsync());
        }
    }

    [Fact]
    public void Banner_lists_every_login_and_the_password_once()
    {
        var banner = demo.Result.FormatBanner();
        output.WriteLine(banner);
        Assert.All(demo.Result.Logins, l => Assert.Contains(l.Email, banner));
        Assert.Equal(2, banner.Split(demo.Result.Password!).Length); // printed exactly once
        Assert.Contains(demo.Result.TrustName, banner);
    }
}
