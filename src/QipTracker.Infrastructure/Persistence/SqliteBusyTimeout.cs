using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Lets SQLite itself wait for the write lock. Microsoft.Data.Sqlite retries a busy database by sleeping 150 ms at a
/// time, so under concurrent writes a wait of a few milliseconds became 150 or 300 (the benchmark's status-update p95);
/// SQLite's own busy handler retries within a millisecond or two. Set on every open: a pooled connection may be new.
/// </summary>
public sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var command = sqlite.CreateCommand();
        // As long as a command may wait in all (the connection's default timeout, 30 s unless configured).
        command.CommandText = $"PRAGMA busy_timeout = {sqlite.DefaultTimeout * 1000};";
        command.ExecuteNonQuery();
    }
}
