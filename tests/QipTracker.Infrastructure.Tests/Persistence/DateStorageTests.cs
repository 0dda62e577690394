using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>
/// Due dates (DateOnly) and event times (UTC DateTimeOffset) come back as stored and can be
/// compared and sorted in SQL on both providers: overdue lists and audit timelines depend on it.
/// </summary>
public sealed class DateStorageTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task Due_dates_round_trip_and_are_filtered_and_ordered_in_sql(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        DateOnly[] dues = [new(2027, 1, 1), new(2026, 3, 1), new(2028, 2, 29), new(2026, 12, 31), new(2026, 3, 2)];
        await using (var db = database.ContextAsPmoOf(trust))
        {
            for (var i = 0; i < dues.Length; i++)
                db.RootCauses.Add(new RootCause(trust.TrustId, $"DUE-{i}", "Dated root cause", trust.UserId, trust.IsgId, dues[i]));
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        var all = await read.RootCauses.Where(r => r.Reference.StartsWith("DUE-")).OrderBy(r => r.Reference).Select(r => r.BaselineDue).ToListAsync();
        var today = new DateOnly(2026, 3, 2);
        var overdue = await read.RootCauses.Where(r => r.Reference.StartsWith("DUE-") && r.BaselineDue < today).Select(r => r.Reference).ToListAsync();
        var window = await read.RootCauses
            .Where(r => r.Reference.StartsWith("DUE-") && r.BaselineDue >= today && r.BaselineDue <= new DateOnly(2027, 12, 31))
            .OrderByDescending(r => r.BaselineDue).Select(r => r.BaselineDue).ToListAsync();

        Assert.Equal(dues, all);
        Assert.Equal(["DUE-1"], overdue); // due today is not overdue
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2026, 12, 31), new DateOnly(2026, 3, 2)], window);
    }

    [Theory, BothProviders]
    public async Task Event_times_round_trip_to_the_millisecond_and_are_filtered_and_ordered_in_sql(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        DateTimeOffset[] times =
        [
            new(2026, 3, 2, 9, 0, 0, 1, TimeSpan.Zero),
            new(2025, 12, 31, 23, 0, 0, TimeSpan.Zero),
            new(2026, 3, 1, 23, 59, 59, 999, TimeSpan.Zero),
            new(2026, 3, 2, 9, 0, 0, 0, TimeSpan.Zero),
        ];
        await using (var db = database.ContextAsPmoOf(trust))
        {
            for (var i = 0; i < times.Length; i++)
                db.Evidence.Add(Evidence.Note(trust.TrustId, trust.RootCauseId, $"TIMED-{i}", "Minutes of the ward huddle", trust.UserId, times[i]));
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        var all = await read.Evidence.Where(e => e.Title.StartsWith("TIMED-")).OrderBy(e => e.Title).Select(e => e.AddedAt).ToListAsync();
        var since = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
        var today = await read.Evidence.Where(e => e.Title.StartsWith("TIMED-") && e.AddedAt >= since)
            .OrderBy(e => e.AddedAt).Select(e => e.Title).ToListAsync();
        var latest = await read.Evidence.Where(e => e.Title.StartsWith("TIMED-")).MaxAsync(e => e.AddedAt);

        Assert.Equal(times, all);
        Assert.All(all, t => Assert.Equal(TimeSpan.Zero, t.Offset));
        Assert.Equal(["TIMED-3", "TIMED-0"], today);
        Assert.Equal(times[0], latest);
    }

    [Theory, BothProviders]
    public async Task Nullable_dates_round_trip_and_can_be_filtered_in_sql(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using (var db = database.ContextAsPmoOf(trust))
        {
            var rootCause = await db.RootCauses.Include(r => r.Evidence).SingleAsync(r => r.Id == trust.RootCauseId);
            rootCause.MarkCompleted(new DateOnly(2026, 3, 20));
            await db.SaveChangesAsync();
        }

        await using var read = database.ContextAsPmoOf(trust);
        var completedInMarch = await read.RootCauses
            .Where(r => r.CompletedOn >= new DateOnly(2026, 3, 1) && r.CompletedOn < new DateOnly(2026, 4, 1))
            .Select(r => new { r.Id, r.CompletedOn, r.AssuredOn }).ToListAsync();

        var row = Assert.Single(completedInMarch);
        Assert.Equal(trust.RootCauseId, row.Id);
        Assert.Equal(new DateOnly(2026, 3, 20), row.CompletedOn);
        Assert.Null(row.AssuredOn);
    }
}
