using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Npgsql;
using QipTracker.EndToEnd.Tests.Support;
using QipTracker.Web.Jobs;

namespace QipTracker.EndToEnd.Tests.Nodes;

/// <summary>
/// Two app processes on one fresh PostgreSQL database (on the throwaway server scripts/test.sh starts), started at
/// the same moment, both running Hangfire's server, for all the facts of <see cref="TwoNodesTests"/>. Job timings
/// are shortened (a dead node's job is fetched again after <see cref="InvisibilityTimeout"/>), and the escalation
/// job's commits are held open by the test-only pause so a node can be killed in the middle of it.
/// </summary>
public sealed class TwoNodes : IAsyncLifetime
{
    public static readonly TimeSpan InvisibilityTimeout = TimeSpan.FromSeconds(4);
    public static readonly TimeSpan CommitPause = TimeSpan.FromSeconds(20);
    public const string PausedJob = "overdue-escalation";

    public string ConnectionString { get; private set; } = "";
    public RunningApp A { get; private set; } = null!;
    public RunningApp B { get; private set; } = null!;
    public RunningApp[] Both => [A, B];
    /// <summary>The nodes' Hangfire storage, as a third process sees it (to schedule and trigger recurring jobs).</summary>
    public JobStorage Jobs { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Jobs__InvisibilityTimeoutSeconds"] = ((int)InvisibilityTimeout.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Jobs__QueuePollSeconds"] = "1",
            ["Jobs__SchedulePollSeconds"] = "1",
            ["Jobs__TestOnly__PauseJob"] = PausedJob,
            ["Jobs__TestOnly__PauseBeforeCommitSeconds"] = ((int)CommitPause.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        A = RunningApp.OnPostgres(ConnectionString, settings);
        B = RunningApp.OnPostgres(ConnectionString, settings);
        // At once, on an empty database: both migrate, seed and make keys unless start-up keeps them in turn.
        await Task.WhenAll(A.InitializeAsync(), B.InitializeAsync());

        GlobalConfiguration.Configuration.UseQipSerialization();
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        Jobs = new PostgreSqlStorage(new NpgsqlConnectionFactory(ConnectionString, options), options);
    }

    public async Task DisposeAsync()
    {
        if (A is not null) await A.DisposeAsync();
        if (B is not null) await B.DisposeAsync();
        if (ConnectionString.Length > 0) await DropDatabaseAsync(ConnectionString);
    }

    /// <summary>The other node.</summary>
    public RunningApp Other(RunningApp node) => node == A ? B : A;

    public async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = new NpgsqlConnection(ConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return (T)Convert.ChangeType((await command.ExecuteScalarAsync())!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<List<object[]>> RowsAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = new NpgsqlConnection(ConnectionString);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Polls until <paramref name="done"/> holds; fails with <paramref name="what"/> and both logs' tails if it never does.</summary>
    public async Task EventuallyAsync(Func<Task<bool>> done, TimeSpan within, string what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Not within {within.TotalSeconds} s: {what}\n--- node A ---\n{Tail(A.Log)}\n--- node B ---\n{Tail(B.Log)}");
            await Task.Delay(250);
        }
    }

    private static string Tail(string log) => log.Length > 6000 ? log[^6000..] : log;

    // Named like the other suites' databases, one per fixture, dropped with it.
    private static string Server =>
        Environment.GetEnvironmentVariable("QIP_TEST_POSTGRES") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("QIP_TEST_POSTGRES is not set: run the tests with ./scripts/test.sh, which starts a throwaway PostgreSQL cluster.");

    private static async Task<string> CreateDatabaseAsync()
    {
        var name = $"qip_nodes_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using (var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection))
            await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    private static async Task DropDatabaseAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
