using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>
/// A real, migrated, empty database for one provider, with the app's own persistence wiring
/// (<see cref="PersistenceSetup.AddQipPersistence"/>) around it. SQLite is a temp file;
/// PostgreSQL is a fresh database on the cluster named by QIP_TEST_POSTGRES (scripts/test.sh
/// starts one). Dispose drops it.
/// <code>
/// await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
/// await using var db = database.CreateContext(u => u.ActAsSystemIn(trustId));
/// </code>
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "QIP_TEST_POSTGRES";

    private readonly List<AsyncServiceScope> _scopes = [];
    private readonly Func<Task> _drop;

    public DatabaseProvider Provider { get; }
    public QipOptions Options { get; }
    /// <summary>The app's persistence services; TimeProvider is <see cref="Clock"/>.</summary>
    public ServiceProvider Services { get; }
    /// <summary>The clock the audit trail reads. Starts at 2026-03-02 09:00 UTC; shared by everyone using this database, so only move it forwards (Advance).</summary>
    public FakeTimeProvider Clock { get; }

    private TestDatabase(DatabaseProvider provider, QipOptions options, ServiceProvider services, FakeTimeProvider clock, Func<Task> drop)
    {
        Provider = provider;
        Options = options;
        Services = services;
        Clock = clock;
        _drop = drop;
    }

    /// <param name="configure">Extra registrations (after the app's, so they win), e.g. other engineers' services.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        // PostgreSQL first: when it is missing, nothing has been created yet that would need cleaning up.
        string? connectionString = null;
        Func<Task> drop = () => Task.CompletedTask;
        if (provider == DatabaseProvider.Postgres) (connectionString, drop) = await CreatePostgresDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("qip-test-").FullName;
        // No pooling, so no handle keeps the SQLite file once the test is done with it.
        connectionString ??= new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "qip.db"), Pooling = false }.ToString();

        var options = new QipOptions(provider, connectionString, folder);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddQipPersistence(options);
        services.AddSingleton<TimeProvider>(clock); // registered last, so it replaces TimeProvider.System
        configure?.Invoke(services);
        var serviceProvider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });

        var database = new TestDatabase(provider, options, serviceProvider, clock, async () =>
        {
            await drop();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        });
        try
        {
            await using var db = database.CreateContext(u => u.ActAsSystemEverywhere());
            await db.Database.MigrateAsync();
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
        return database;
    }

    /// <summary>
    /// A new context in its own DI scope, acting as whoever <paramref name="actAs"/> sets
    /// (e.g. <c>u => u.Set(userId, trustId, [TrustRole.Pmo], false)</c>). Leave the user unset to
    /// act as nobody. Dispose it when done; any left over are disposed with the database.
    /// </summary>
    public QipDbContext CreateContext(Action<CurrentUser>? actAs = null) =>
        CreateScope(actAs).ServiceProvider.GetRequiredService<QipDbContext>();

    /// <summary>A DI scope whose CurrentUser is already set, for resolving services other than the context.</summary>
    public IServiceScope CreateScope(Action<CurrentUser>? actAs = null)
    {
        var scope = Services.CreateAsyncScope();
        lock (_scopes) _scopes.Add(scope);
        actAs?.Invoke(scope.ServiceProvider.GetRequiredService<CurrentUser>());
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        List<AsyncServiceScope> scopes;
        lock (_scopes) scopes = [.. _scopes];
        foreach (var scope in scopes) await scope.DisposeAsync();
        await Services.DisposeAsync();
        await _drop();
    }

    private static async Task<(string ConnectionString, Func<Task> Drop)> CreatePostgresDatabaseAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set, so the PostgreSQL half of the persistence tests cannot run. " +
                "Run scripts/test.sh, which starts a throwaway PostgreSQL cluster and sets it, or set it yourself to " +
                "'Host=127.0.0.1;Port=5432;Username=postgres;Password=...;Database=postgres'.");

        var name = $"qip_test_{Guid.NewGuid():N}";
        await ExecuteAsync(admin, $"""CREATE DATABASE "{name}" """);
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        Func<Task> drop = async () =>
        {
            // Pooled idle connections would otherwise block the drop; FORCE ends any stragglers.
            await using (var connection = new NpgsqlConnection(connectionString)) NpgsqlConnection.ClearPool(connection);
            await ExecuteAsync(admin, $"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""");
        };
        return (connectionString, drop);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        // Pooling off: an admin connection left in a pool would hold the maintenance database open.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
