using Npgsql;

namespace QipTracker.Web.Tests.Support;

/// <summary>
/// Databases on the throwaway PostgreSQL cluster that scripts/test.sh starts (QIP_TEST_POSTGRES).
/// Without it the Postgres tests fail, loudly: they are never silently skipped.
/// </summary>
public static class TestPostgres
{
    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("QIP_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "QIP_TEST_POSTGRES is not set: run the tests with ./scripts/test.sh, which starts a throwaway PostgreSQL cluster.");

    public static async Task<string> CreateDatabaseAsync(string? server = null)
    {
        server ??= ServerConnectionString;
        var name = $"qip_web_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString, string? server = null)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server ?? ServerConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
