using Npgsql;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Bench.Tests;

/// <summary>
/// A fresh, empty database for one <see cref="BenchHost"/>, as the app's command-line arguments. SQLite needs none:
/// the host makes a fresh data folder itself. PostgreSQL is a new database on the throwaway cluster that
/// scripts/test.sh starts (QIP_TEST_POSTGRES); without it the test fails, loudly, never skipped. Dispose drops it.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _postgres;

    private BenchDatabase(IReadOnlyList<string> appArgs, string? postgres)
    {
        AppArgs = appArgs;
        _postgres = postgres;
    }

    public IReadOnlyList<string> AppArgs { get; }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite) return new BenchDatabase([], null);
        var database = new NpgsqlConnectionStringBuilder(Server) { Database = $"qip_bench_{Guid.NewGuid():N}" }.ConnectionString;
        await RunOnServer($"CREATE DATABASE \"{Name(database)}\"");
        return new BenchDatabase([$"--{QipOptions.ProviderKey}=Postgres", $"--ConnectionStrings:Qip={database}"], database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is null) return;
        NpgsqlConnection.ClearAllPools();
        await RunOnServer($"DROP DATABASE IF EXISTS \"{Name(_postgres)}\" WITH (FORCE)");
    }

    private static string Server => Environment.GetEnvironmentVariable("QIP_TEST_POSTGRES") is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException("QIP_TEST_POSTGRES is not set: run the tests with ./scripts/test.sh, which starts a throwaway PostgreSQL cluster.");

    private static string Name(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Database!;

    private static async Task RunOnServer(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
