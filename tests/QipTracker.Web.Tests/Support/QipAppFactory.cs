using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Tests.Support;

/// <summary>
/// The real app in memory on SQLite or PostgreSQL: real migrations, Identity, pipeline and
/// endpoints. Each factory gets its own database and data folder, and a fake clock.
/// </summary>
public class QipAppFactory(DatabaseProvider provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string? _connectionString;
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("qip-web-").FullName;
    public DatabaseProvider Provider => provider;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The PostgreSQL server its database is made on: the test run's throwaway cluster unless a test needs another.</summary>
    protected virtual string PostgresServer => TestPostgres.ServerConnectionString;

    /// <summary>Extra settings a test class needs before start-up (e.g. an email stub).</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    public async Task InitializeAsync()
    {
        _connectionString = provider == DatabaseProvider.Postgres
            ? await TestPostgres.CreateDatabaseAsync(PostgresServer)
            : $"Data Source={Path.Combine(DataFolder, "qip.db")}";
        _ = Server; // start now: migrations run here, not inside the first test
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Qip", _connectionString);
        builder.UseSetting("DataFolder", DataFolder);
        builder.UseSetting("Demo:Seed", "false");
        builder.UseSetting("Email:Transport", "Eml");
        builder.UseSetting("Jobs:RunServer", "false");
        foreach (var (key, value) in TestOperator.Settings) builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value); // a test class's own win
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock).AddSingleton<IStartupFilter, LoopbackClient>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (provider == DatabaseProvider.Postgres && _connectionString is not null)
            await TestPostgres.DropDatabaseAsync(_connectionString, PostgresServer);
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
