using Npgsql;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Hosting;

/// <summary>
/// Lets one app node at a time prepare a shared PostgreSQL database: migrations and their data steps, the demo trust,
/// the first Data Protection key and Hangfire's schema. Without it, nodes starting together would each see an empty
/// database and each seed the demo trust, run a data step twice, or each create a key of their own. A PostgreSQL
/// advisory lock (per database) held on its own connection; released when that connection closes, so a node killed
/// mid-start-up does not block the others. SQLite serves one node: no lock.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any number every node agrees on ("QIPSTART"); advisory lock keys are scoped to the database.</summary>
    private const long Key = 0x5149_5053_5441_5254;

    private readonly NpgsqlConnection? _connection;

    private StartupLock(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<StartupLock> AcquireAsync(WebApplication app, CancellationToken ct = default)
    {
        var options = app.Services.GetRequiredService<QipOptions>();
        if (options.Provider != DatabaseProvider.Postgres) return new StartupLock(null);

        // Unpooled: the lock belongs to the session, which must end with this object, not go back to a pool.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // No database yet: the migration creates it. Only a first, single node starts this way.
            await connection.DisposeAsync();
            app.Logger.LogInformation("The database does not exist yet; this node creates it without waiting for others");
            return new StartupLock(null);
        }

        var told = false;
        while (!await TryLockAsync(connection, ct))
        {
            if (!told) app.Logger.LogInformation("Another node is preparing the database; waiting for it to finish");
            told = true;
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
        return new StartupLock(connection);
    }

    // Tried, not waited for in SQL: a blocking pg_advisory_lock would hit the command timeout while another node seeds.
    private static async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", Key);
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync(); // the session ends, and its lock with it
    }
}
