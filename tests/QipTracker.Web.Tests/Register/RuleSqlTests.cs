using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Register;

/// <summary>
/// The Domain's rules (<see cref="RootCauseRules"/>, <see cref="ActionRules"/>, <see cref="RagRule"/>) say the same in the
/// database as the entities say in memory, for every combination of the inputs, on each provider: the expressions are
/// one definition, and this proves the translation to SQLite's and PostgreSQL's SQL keeps their meaning.
/// </summary>
public abstract class RuleSqlTests(QipAppFactory app)
{
    [Fact]
    public async Task Every_root_cause_rule_and_rag_say_in_sql_what_the_entity_says_in_memory()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Rules"));
        var isg = await app.AddIsgAsync(trust, "Rules ISG");
        var shapes = (from status in Enum.GetValues<RootCauseStatus>()
                      from baseline in new[] { -30, -1, 0, 1, 14 }
                      from forecastAfter in new[] { 0, 1 }
                      from offTrack in new[] { false, true }
                      from kpiNotImproving in new[] { false, true }
                      from withdrawn in new[] { false, true }
                      select (status, baseline, forecastAfter, offTrack, kpiNotImproving, withdrawn))
            .Select((c, i) => new Shape($"G-{i:000}", c.baseline, c.baseline + c.forecastAfter, c.status, c.offTrack, IsgId: isg,
                FindingReference: "F-GRID", Withdrawn: c.withdrawn, KpiNotImproving: c.kpiNotImproving))
            .ToList();
        await app.AddRootCausesAsync(trust, shapes);
        var today = app.Today();

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(trust[TrustRole.Pmo].Id, trust.TrustId, [TrustRole.Pmo], false);
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        var grid = db.RootCauses.AsNoTracking().Where(r => r.IsgId == isg);
        var all = await grid.ToListAsync();
        Assert.Equal(shapes.Count, all.Count);

        async Task Agree(string rule, System.Linq.Expressions.Expression<Func<RootCause, bool>> inSql, Func<RootCause, bool> inMemory)
        {
            var fromSql = (await grid.Where(inSql).Select(r => r.Reference).ToListAsync()).Order().ToList();
            var fromMemory = all.Where(inMemory).Select(r => r.Reference).Order().ToList();
            Assert.True(fromMemory.Count > 0 && fromMemory.Count < all.Count, $"{rule}: the grid should hold rows both ways");
            Assert.True(fromSql.SequenceEqual(fromMemory),
                $"{rule}: SQL and memory differ on {string.Join(", ", fromSql.Except(fromMemory).Concat(fromMemory.Except(fromSql)).Take(10))}");
        }

        await Agree("live", RootCauseRules.Live, r => !r.IsWithdrawn);
        await Agree("open", RootCauseRules.Open, r => r.IsOpen);
        await Agree("delivered", RootCauseRules.Delivered, r => r.IsDelivered);
        await Agree("awaiting assurance", RootCauseRules.AwaitingAssurance, r => r.IsAwaitingAssurance);
        await Agree("assured", RootCauseRules.Assured, r => r.IsAssured);
        await Agree("overdue", RootCauseRules.Overdue(today), r => r.IsOverdue(today));
        await Agree("off track or overdue", RootCauseRules.OffTrackOrOverdue(today), r => r.IsOffTrackOrOverdue(today));
        // As at today, the dated forms a past month's paper uses are the plain rules: nothing is recorded in the future.
        Assert.All(all, r => Assert.Equal(r.IsOpen, TrajectoryItem.From(r, "", []).IsOpenOn(today)));
        Assert.All(all, r => Assert.Equal(r.IsOffTrackOrOverdue(today), TrajectoryItem.From(r, "", []).IsOffTrackOrOverdueOn(today)));
        // Delivered is exactly its two named parts, and the status-level rule the import and sprint updates use.
        Assert.All(all, r => Assert.Equal(r.IsDelivered, r.IsAwaitingAssurance || r.IsAssured));
        Assert.All(all.Where(r => !r.IsWithdrawn), r => Assert.Equal(r.IsDelivered, r.Status.IsDelivered()));

        var rags = await grid.Select(RagRule.For(today)).ToListAsync();
        var references = await grid.Select(r => r.Reference).ToListAsync();
        var fromSqlRag = references.Zip(rags).ToDictionary(x => x.First, x => x.Second);
        foreach (var r in all)
            Assert.True(r.RagOn(today) == fromSqlRag[r.Reference],
                $"{r.Reference} ({r.Status}, due {r.BaselineDue}, forecast {r.ForecastDue}, off track {r.ReportedOffTrack}, KPI not improving {r.KpiNotImproving}): memory says {r.RagOn(today)}, SQL says {fromSqlRag[r.Reference]}");
        Assert.Contains(all, r => r.KpiNotImproving && r.RagOn(today) == Rag.Amber && r.ForecastDue <= r.BaselineDue); // the KPI input is live
    }

    [Fact]
    public async Task The_action_rules_say_in_sql_what_the_action_says_in_memory()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Actions"));
        var owner = trust[TrustRole.RootCauseOwner].Id;
        foreach (var status in Enum.GetValues<ActionStatus>())
            foreach (var due in new[] { -1, 0, 1 })
                await app.AddActionAsync(trust, trust.RootCauseIds[0], $"{status} {due}", owner, due, status);
        var today = app.Today();

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(owner, trust.TrustId, [TrustRole.RootCauseOwner], false);
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        var all = await db.Actions.AsNoTracking().ToListAsync();
        Assert.Equal(12, all.Count);

        Assert.Equal(all.Where(a => a.IsOpen).Select(a => a.Title).Order(),
            (await db.Actions.Where(ActionRules.Open).Select(a => a.Title).ToListAsync()).Order());
        Assert.Equal(all.Where(a => a.IsOverdue(today)).Select(a => a.Title).Order(),
            (await db.Actions.Where(ActionRules.Overdue(today)).Select(a => a.Title).ToListAsync()).Order());
        Assert.Equal(["InProgress -1", "NotStarted -1"], all.Where(a => a.IsOverdue(today)).Select(a => a.Title).Order());
    }
}

[Collection(OnSqlite.Name)]
public sealed class RuleSqlOnSqlite(SqliteApp app) : RuleSqlTests(app);

[Collection(OnPostgres.Name)]
public sealed class RuleSqlOnPostgres(PostgresApp app) : RuleSqlTests(app);
