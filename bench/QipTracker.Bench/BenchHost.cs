using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Bench.Load;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Hosting;

namespace QipTracker.Bench;

/// <summary>
/// The app as it runs in production — the same composition (WebSetup.AddQip), configuration keys and database —
/// without serving HTTP: requests go through MediatR as a signed-in user, exactly what a page or API endpoint
/// sends after sign-in. The bench's own defaults (a fresh data folder, emails to files, no job server, no demo
/// trust) apply unless the command line sets them; every command EF sends is counted (<see cref="RoundTripCounter"/>).
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private readonly string _dataFolder;

    private BenchHost(WebApplication app, string dataFolder)
    {
        App = app;
        _dataFolder = dataFolder;
    }

    public WebApplication App { get; }
    public IServiceProvider Services => App.Services;
    public QipOptions Options => Services.GetRequiredService<QipOptions>();
    public bool OnPostgres => Options.Provider == DatabaseProvider.Postgres;

    public static async Task<BenchHost> StartAsync(IReadOnlyList<string> appArgs)
    {
        var dataFolder = Directory.CreateTempSubdirectory("qip-bench-").FullName;
        var defaults = new Dictionary<string, string?>
        {
            ["DataFolder"] = dataFolder,
            // The bench sends no email: write them to files, on PostgreSQL too (whose default, SendGrid, needs a key).
            ["Email:Transport"] = "Eml",
            ["Jobs:RunServer"] = "false",
            ["Demo:Seed"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Critical", // a fresh database's missing history table is not news
        };
        var builder = WebApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(defaults);
        builder.Configuration.AddCommandLine([.. appArgs]); // the command line wins over the defaults
        var options = builder.AddQip();
        var counter = new RoundTripCounter();
        if (options.Provider == DatabaseProvider.Postgres)
            builder.Services.ConfigureDbContext<PostgresQipDbContext>(o => o.AddInterceptors(counter));
        else
            builder.Services.ConfigureDbContext<SqliteQipDbContext>(o => o.AddInterceptors(counter));
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        return new BenchHost(app, dataFolder);
    }

    /// <summary>Sends a request as this person, in a scope of its own, as one HTTP request or circuit event would.</summary>
    public async Task<T> Send<T>(Actor who, IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(who.UserId, who.TrustId, who.Roles, false);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs work in a scope acting as the system across every trust (jobs, set-up).</summary>
    public async Task<T> AsSystem<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs work in a scope signed in as this person (for services that are not requests, e.g. the board paper's parts).</summary>
    public async Task<T> As<T>(Actor who, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(who.UserId, who.TrustId, who.Roles, false);
        return await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataFolder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Someone signed in to one trust with these roles.</summary>
public sealed record Actor(Guid UserId, Guid TrustId, IReadOnlyList<TrustRole> Roles)
{
    public static Actor In(Guid trustId, Guid userId, params TrustRole[] roles) => new(userId, trustId, roles);
}
