using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

public sealed class MigrationTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    [Theory, BothProviders]
    public async Task Migrations_apply_cleanly_and_match_the_model(DatabaseProvider provider)
    {
        var database = await Database(provider);
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());

        Assert.Equal(provider == DatabaseProvider.Postgres ? typeof(PostgresQipDbContext) : typeof(SqliteQipDbContext), db.GetType());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Database.GetAppliedMigrationsAsync(), m => m.EndsWith("_Initial", StringComparison.Ordinal));
        // A model change without a migration would leave production's schema behind the code.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run scripts/add-migration.sh.");
    }

    [Theory, BothProviders]
    public async Task Migrating_an_up_to_date_database_again_changes_nothing(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());

        await db.Database.MigrateAsync();

        Assert.True(await db.RootCauses.AnyAsync(r => r.Id == trust.RootCauseId));
    }
}
