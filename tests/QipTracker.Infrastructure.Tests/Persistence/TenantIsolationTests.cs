using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>Nobody sees another trust's data: the global query filters, on both providers.</summary>
public sealed class TenantIsolationTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task A_user_of_one_trust_sees_only_their_trusts_rows_in_every_set(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database, "Northshire Hospitals");
        var b = await Seed.TrustWithPlanAsync(database, "Southmoor Healthcare");
        await using var db = database.ContextAsPmoOf(a);

        Assert.Equal([a.TrustId], await db.Trusts.Select(t => t.Id).ToListAsync());
        await AssertOnly(db.Memberships, a.TrustId, a.MembershipId);
        await AssertOnly(db.RegimePeriods, a.TrustId, a.RegimePeriodId);
        await AssertOnly(db.Inspections, a.TrustId, a.InspectionId);
        await AssertOnly(db.Isgs, a.TrustId, a.IsgId);
        await AssertOnly(db.Findings, a.TrustId, a.FindingId);
        await AssertOnly(db.RootCauses, a.TrustId, a.RootCauseId);
        await AssertOnly(db.Actions, a.TrustId, a.ActionId);
        await AssertOnly(db.Evidence, a.TrustId, a.EvidenceId);
        await AssertOnly(db.Invitations, a.TrustId, a.InvitationId);
        var links = await db.RootCauseFindings.ToListAsync();
        Assert.Contains(links, l => l.RootCauseId == a.RootCauseId && l.FindingId == a.FindingId);
        Assert.All(links, l => Assert.Equal(a.TrustId, l.TrustId));
        Assert.DoesNotContain(links, l => l.RootCauseId == b.RootCauseId);
    }

    [Theory, BothProviders]
    public async Task A_user_of_one_trust_cannot_find_another_trusts_rows_by_id(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database, "Northshire Hospitals");
        var b = await Seed.TrustWithPlanAsync(database, "Southmoor Healthcare");
        await using var db = database.ContextAsPmoOf(a);

        Assert.Null(await db.Trusts.FindAsync(b.TrustId));
        Assert.Null(await db.Memberships.FindAsync(b.MembershipId));
        Assert.Null(await db.RegimePeriods.FindAsync(b.RegimePeriodId));
        Assert.Null(await db.Inspections.FindAsync(b.InspectionId));
        Assert.Null(await db.Isgs.FindAsync(b.IsgId));
        Assert.Null(await db.Findings.FindAsync(b.FindingId));
        Assert.Null(await db.RootCauses.FindAsync(b.RootCauseId));
        Assert.Null(await db.Actions.FindAsync(b.ActionId));
        Assert.Null(await db.Evidence.FindAsync(b.EvidenceId));
        Assert.Null(await db.Invitations.FindAsync(b.InvitationId));
        Assert.Null(await db.RootCauseFindings.FindAsync(b.RootCauseId, b.FindingId));
        // ...while their own are found, so the nulls above are the filter at work.
        Assert.NotNull(await db.RootCauses.FindAsync(a.RootCauseId));
        Assert.NotNull(await db.RootCauseFindings.FindAsync(a.RootCauseId, a.FindingId));
    }

    [Theory, BothProviders]
    public async Task A_user_of_one_trust_cannot_read_another_trusts_root_causes(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database, "Northshire Hospitals");
        var b = await Seed.TrustWithPlanAsync(database, "Southmoor Healthcare");
        await using var db = database.ContextAsPmoOf(a);

        var theirs = await db.RootCauses.Include(r => r.Evidence).Include(r => r.Findings)
            .SingleOrDefaultAsync(r => r.Id == b.RootCauseId);
        var counted = await db.RootCauses.CountAsync(r => r.Id == a.RootCauseId || r.Id == b.RootCauseId);
        var ours = await db.RootCauses.Include(r => r.Evidence).Include(r => r.Findings).SingleAsync(r => r.Id == a.RootCauseId);

        Assert.Null(theirs);
        Assert.Equal(1, counted);
        Assert.Equal([a.EvidenceId], ours.Evidence.Select(e => e.Id));
        Assert.Equal([a.FindingId], ours.Findings.Select(f => f.FindingId));
    }

    [Theory, BothProviders]
    public async Task A_current_user_that_was_never_set_sees_nothing(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database);
        await using var db = database.CreateContext(actAs: null);

        Assert.Equal(0, await db.Trusts.CountAsync());
        Assert.Equal(0, await db.Memberships.CountAsync());
        Assert.Equal(0, await db.RegimePeriods.CountAsync());
        Assert.Equal(0, await db.Inspections.CountAsync());
        Assert.Equal(0, await db.Isgs.CountAsync());
        Assert.Equal(0, await db.Findings.CountAsync());
        Assert.Equal(0, await db.RootCauses.CountAsync());
        Assert.Equal(0, await db.RootCauseFindings.CountAsync());
        Assert.Equal(0, await db.Actions.CountAsync());
        Assert.Equal(0, await db.Evidence.CountAsync());
        Assert.Equal(0, await db.Invitations.CountAsync());
        Assert.Null(await db.RootCauses.FindAsync(a.RootCauseId));
    }

    [Theory, BothProviders]
    public async Task A_signed_in_user_with_no_current_trust_sees_no_trust_data(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database);
        await using var db = database.CreateContext(u => u.Set(a.UserId, trustId: null, [TrustRole.Pmo], isSystemAdmin: true));

        Assert.Equal(0, await db.Trusts.CountAsync());
        Assert.Equal(0, await db.RootCauses.CountAsync());
        Assert.Equal(0, await db.Findings.CountAsync());
    }

    [Theory, BothProviders]
    public async Task The_system_acting_in_one_trust_sees_that_trust_only(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database, "Northshire Hospitals");
        var b = await Seed.TrustWithPlanAsync(database, "Southmoor Healthcare");
        await using var asA = database.CreateContext(u => u.ActAsSystemIn(a.TrustId));
        await using var asB = database.CreateContext(u => u.ActAsSystemIn(b.TrustId));

        Assert.Equal([a.RootCauseId], await asA.RootCauses.Where(r => r.Id == a.RootCauseId || r.Id == b.RootCauseId).Select(r => r.Id).ToListAsync());
        Assert.Equal([b.RootCauseId], await asB.RootCauses.Where(r => r.Id == a.RootCauseId || r.Id == b.RootCauseId).Select(r => r.Id).ToListAsync());
    }

    [Theory, BothProviders]
    public async Task The_system_acting_everywhere_sees_every_trust(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var a = await Seed.TrustWithPlanAsync(database, "Northshire Hospitals");
        var b = await Seed.TrustWithPlanAsync(database, "Southmoor Healthcare");
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());

        var trusts = await db.Trusts.Select(t => t.Id).ToListAsync();
        var rootCauses = await db.RootCauses.Select(r => r.Id).ToListAsync();

        Assert.Contains(a.TrustId, trusts);
        Assert.Contains(b.TrustId, trusts);
        Assert.Contains(a.RootCauseId, rootCauses);
        Assert.Contains(b.RootCauseId, rootCauses);
    }

    private static async Task AssertOnly<T>(IQueryable<T> set, Guid trustId, Guid expectedId) where T : Entity, ITenantOwned
    {
        var rows = await set.ToListAsync();
        Assert.Contains(rows, r => r.Id == expectedId);
        Assert.All(rows, r => Assert.Equal(trustId, r.TrustId));
    }
}
