using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>Values stored as JSON or arrays in one column: inspection ratings and notices, trust sites, ISG members.</summary>
public sealed class DocumentColumnTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task Inspection_ratings_and_notices_round_trip(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var inspection = new Inspection(trust.TrustId, "Maternity focused inspection", new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 14));
        inspection.RecordNotice(new EnforcementNotice(NoticeKind.Section29AWarning, new DateOnly(2026, 1, 20), "Fetal monitoring not safe"));
        DomainRating[] ratings =
        [
            new(CqcDomain.Safe, Rating.Inadequate),
            new(CqcDomain.WellLed, Rating.RequiresImprovement),
            new(CqcDomain.Safe, Rating.Inadequate, "Maternity", "Northshire General Hospital"),
            new(CqcDomain.Caring, Rating.Good, "Maternity"),
        ];
        inspection.Publish(new DateOnly(2026, 3, 4), Rating.RequiresImprovement, ratings);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            db.Inspections.Add(inspection);
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        var stored = await read.Inspections.SingleAsync(i => i.Id == inspection.Id);

        Assert.Equal(ratings, stored.Ratings);
        Assert.Equal([new EnforcementNotice(NoticeKind.Section29AWarning, new DateOnly(2026, 1, 20), "Fetal monitoring not safe")], stored.Notices);
        Assert.Equal(Rating.RequiresImprovement, stored.OverallRating);
        Assert.Equal(new DateOnly(2026, 3, 4), stored.PublishedOn);
        Assert.Equal(Rating.Inadequate, stored.RatingFor(CqcDomain.Safe));
    }

    [Theory, BothProviders]
    public async Task A_notice_recorded_on_a_saved_inspection_is_kept(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var notice = new EnforcementNotice(NoticeKind.Section31Conditions, new DateOnly(2026, 2, 3), "Conditions on maternity triage");

        await using (var db = database.ContextAsPmoOf(trust))
        {
            var inspection = await db.Inspections.SingleAsync(i => i.Id == trust.InspectionId);
            inspection.RecordNotice(notice);
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        var stored = await read.Inspections.SingleAsync(i => i.Id == trust.InspectionId);
        Assert.Equal([notice], stored.Notices);
        Assert.Equal(2, stored.Ratings.Count); // the seeded ratings are untouched
    }

    [Theory, BothProviders]
    public async Task Trust_sites_and_buddy_trusts_round_trip_in_order(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            var entity = await db.Trusts.SingleAsync();
            entity.DescribeProfile(["Royal Infirmary", "Eastfield Birth Centre", "Hillside Mental Health Unit"], 410_500, null, []);
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        var stored = await read.Trusts.SingleAsync();

        Assert.Equal(["Royal Infirmary", "Eastfield Birth Centre", "Hillside Mental Health Unit"], stored.Sites);
        Assert.Empty(stored.BuddyTrusts);
        Assert.Equal(410_500, stored.PopulationServed);
        Assert.Null(stored.ImprovementDirector);
    }

    [Theory, BothProviders]
    public async Task Isg_members_round_trip(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        Guid[] members = [Guid.NewGuid(), Guid.NewGuid(), trust.UserId];
        await using (var db = database.ContextAsPmoOf(trust))
        {
            (await db.Isgs.SingleAsync(i => i.Id == trust.IsgId)).SetMembers(members);
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        Assert.Equal(members, (await read.Isgs.SingleAsync(i => i.Id == trust.IsgId)).MemberIds);
    }
}
