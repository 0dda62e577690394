using System.Diagnostics;
using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Seeds the demo trust once: an acute trust in Special Measures for Quality with its inspection,
/// ~170 findings, ~400 root causes with six months of history, and one login per role. Dates are
/// relative to today and the randomiser is seeded, so every run on the same day gives the same plan.
/// All of it is written in one transaction: a failed seed leaves nothing behind.
/// Resolve it from a scope of its own: it switches that scope's CurrentUser to act across all trusts.
/// </summary>
public sealed class DemoTrustSeeder(
    QipDbContext db,
    UserManager<AppUser> users,
    TimeProvider clock,
    CurrentUser currentUser,
    DemoSeedOptions options,
    ILogger<DemoTrustSeeder> logger)
{
    /// <summary>Fixed so that the plan is reproducible; change it and every demo plan changes.</summary>
    public const int RandomSeed = 20_240_517;

    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        currentUser.ActAsSystemEverywhere();
        if (await db.Trusts.AnyAsync(t => t.Name == DemoTrustProfile.Name, cancellationToken))
            return await AlreadySeededAsync(cancellationToken);

        var stopwatch = Stopwatch.StartNew();
        var password = options.Password ?? DemoPassword.Generate();
        var random = new Randomizer(RandomSeed);
        var calendar = new DemoCalendar(clock.GetUtcNow(), random);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var trust = DemoTrustFactory.Trust(calendar.Now);
        // Users first: the UserManager saves on every create, which must not flush half a plan.
        var staff = await DemoStaffFactory.CreateAsync(users, trust.Id, random, password, calendar.Now);
        var (commissioner, oversight) = await DemoOversight.CreateAsync(users, trust.Id, staff.Login(Domain.Trusts.TrustRole.TrustAdmin).Id, password, calendar);

        var previous = DemoTrustFactory.PreviousInspection(trust.Id, calendar);
        var inspection = DemoTrustFactory.CurrentInspection(trust.Id, calendar);
        var isgs = DemoPlanFactory.Isgs(trust.Id, staff);
        var findingDrafts = DemoFindingDrafts.Draft(random, calendar);
        var findings = findingDrafts.Select(f => DemoPlanFactory.Finding(trust.Id, f, isgs[f.Isg].Id, inspection.Id, calendar.PlanStart)).ToList();

        var rootCauseDrafts = DemoRootCauseDrafts.Draft(findingDrafts, random, calendar);
        DemoOwnership.Assign(rootCauseDrafts, staff, random, calendar.Today);
        foreach (var draft in rootCauseDrafts)
            DemoActionPlanner.Plan(draft, staff.OwnersIn(draft.Isg), random, calendar);

        var history = new DemoHistory(trust.Id);
        var writer = new DemoPlanWriter(trust.Id, calendar, random, history);
        var rootCauses = rootCauseDrafts.Select(d => writer.Write(d, isgs[d.Isg].Id, staff.ChairOf(d.Isg))).ToList();
        var kpis = new DemoKpiWriter(trust.Id, calendar);
        kpis.Write(isgs, rootCauses);

        db.Trusts.Add(trust);
        db.RegimePeriods.AddRange(DemoTrustFactory.Regimes(trust.Id, calendar));
        db.Memberships.AddRange(staff.Memberships(trust.Id));
        db.Inspections.AddRange(previous, inspection);
        db.Isgs.AddRange(isgs.Values);
        db.Findings.AddRange(findings);
        db.RootCauses.AddRange(rootCauses);
        // The approved baseline plan, in force from the day the plan started.
        db.BaselineHistory.AddRange(rootCauses.Select(r =>
            new BaselineRecord(trust.Id, r.Id, r.BaselineDue, calendar.PlanStart, changeRequestId: null, calendar.Now)));
        db.Actions.AddRange(writer.Actions);

        // Fortnightly sprints from the first Monday of the plan, or calendar months for a monthly ISG.
        var sprints = new DemoSprintWriter(trust.Id, random, calendar.Now);
        var firstMonday = calendar.PlanStart.AddDays(((int)DayOfWeek.Monday - (int)calendar.PlanStart.DayOfWeek + 7) % 7);
        foreach (var isg in isgs.Values)
            sprints.Write(isg, isg.Cadence == ReportingCadence.Monthly ? new DateOnly(calendar.PlanStart.Year, calendar.PlanStart.Month, 1).AddMonths(1) : firstMonday,
                calendar.Today, rootCauses.Where(r => r.IsgId == isg.Id).ToList(), writer.Actions);
        db.Sprints.AddRange(sprints.Sprints);
        db.SprintUpdates.AddRange(sprints.Updates);
        db.Kpis.AddRange(kpis.Kpis);
        db.KpiMeasurements.AddRange(kpis.Measurements);
        db.KpiAnnotations.AddRange(kpis.Annotations);
        db.AuditEntries.AddRange(history.Entries);
        db.AddRange(oversight);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();

        logger.LogInformation(
            "Seeded demo trust {Trust}: {Findings} findings, {RootCauses} root causes, {Actions} actions, {History} history entries in {Elapsed} ms",
            trust.Name, findings.Count, rootCauses.Count, writer.Actions.Count, history.Entries.Count, stopwatch.ElapsedMilliseconds);
        return new DemoSeedResult(true, trust.Name, password, [.. staff.Logins(), new DemoLogin(DemoLogin.OversightRole, commissioner.Email!, commissioner.DisplayName)]);
    }

    // A generated password was printed when the trust was first seeded; it is not stored anywhere readable.
    private async Task<DemoSeedResult> AlreadySeededAsync(CancellationToken cancellationToken)
    {
        var emails = DemoRoleLogins.Emails.Append(DemoOversight.Email).Select(e => e.ToUpperInvariant()).ToList();
        var names = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!))
            .ToDictionaryAsync(u => u.NormalizedEmail!, u => u.DisplayName, cancellationToken);
        string NameOf(string email, string fallback) => names.GetValueOrDefault(email.ToUpperInvariant(), fallback);

        List<DemoLogin> logins =
        [
            .. DemoRoleLogins.All.Select(s => new DemoLogin(s.Role.ToString(), s.Email, NameOf(s.Email, s.DisplayName))),
            new(DemoLogin.SystemAdminRole, DemoTrustProfile.SystemAdminEmail, NameOf(DemoTrustProfile.SystemAdminEmail, DemoRoleLogins.SystemAdminName)),
            new(DemoLogin.OversightRole, DemoOversight.Email, NameOf(DemoOversight.Email, DemoOversight.DisplayName)),
        ];
        return new DemoSeedResult(false, DemoTrustProfile.Name, options.Password, logins);
    }
}
