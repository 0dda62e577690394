using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>The embedded database is set up for many people at once: readers never wait for a writer, and writers wait in SQLite.</summary>
public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task Applying_the_migrations_leaves_the_file_in_write_ahead_logging_for_every_later_connection()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var db = database.CreateContext(u => u.ActAsSystemEverywhere()))
            await MigrationDataSteps.MigrateAsync(db);

        // A connection of its own, as another process (or the next start-up) would open one.
        await using var other = new SqliteConnection(database.Options.ConnectionString);
        await other.OpenAsync();
        await using var ask = other.CreateCommand();
        ask.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await ask.ExecuteScalarAsync());
    }

    [Fact]
    public async Task The_apps_connections_let_sqlite_wait_for_a_lock_as_long_as_a_command_may()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());
        await db.Database.OpenConnectionAsync();
        await using var ask = db.Database.GetDbConnection().CreateCommand();
        ask.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(30_000L, (long?)await ask.ExecuteScalarAsync());

        // A plain connection to the same file does not: the setting is the app's, not the file's.
        await using var plain = new SqliteConnection(database.Options.ConnectionString);
        await plain.OpenAsync();
        await using var askPlain = plain.CreateCommand();
        askPlain.CommandText = "PRAGMA busy_timeout;";
        Assert.Equal(0L, (long?)await askPlain.ExecuteScalarAsync());
    }
}
