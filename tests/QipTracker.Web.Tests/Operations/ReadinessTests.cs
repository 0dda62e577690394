using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Operations;

/// <summary>
/// A load balancer's two questions: is the process alive (restart it if not), and is it ready (send it users if so).
/// The database is taken away under a running app, as a failed server or a lost network would.
/// </summary>
public abstract class ReadinessTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly QipAppFactory _app = new(provider);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_app).DisposeAsync();

    [Fact]
    public async Task Without_its_database_the_app_is_alive_but_not_ready()
    {
        var client = _app.NewBrowser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);

        await TakeTheDatabaseAwayAsync();

        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("{\"status\":\"Unhealthy\"}", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health")).StatusCode);
        var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("{\"status\":\"Healthy\"}", await live.Content.ReadAsStringAsync());
    }

    private async Task TakeTheDatabaseAwayAsync()
    {
        var connectionString = _app.Services.GetRequiredService<QipOptions>().ConnectionString;
        if (provider == DatabaseProvider.Postgres)
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
            return;
        }
        // The file goes, and a folder of the same name stands where it was, so SQLite cannot quietly make a new one.
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            if (File.Exists(path)) File.Delete(path);
        Directory.CreateDirectory(file);
    }
}

public sealed class ReadinessOnSqlite() : ReadinessTests(DatabaseProvider.Sqlite);
public sealed class ReadinessOnPostgres() : ReadinessTests(DatabaseProvider.Postgres);
