using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Bench.Circuits;
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
/// For the Blazor circuits figures it also serves the app over HTTP (<see cref="ServeAsync"/>), with the same pipeline.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    /// <summary>
    /// How long a disconnected circuit is kept for its user to reconnect. ASP.NET Core's default, which the app keeps,
    /// is 3 minutes (and at most 100 circuits); the bench shortens it so the leak check can wait it out.
    /// </summary>
    public static readonly TimeSpan CircuitRetention = TimeSpan.FromSeconds(10);

    private readonly string _dataFolder;
    private bool _serving;

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
            ["Logging:LogLevel:Microsoft.AspNetCore.DataProtection"] = "Error", // its first key, unencrypted in a throwaway database
        };
        // Named as the web app, so its static web assets (blazor.web.js, Radzen's, the app's CSS) are found from the
        // manifests its build copies here, whatever the environment.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ApplicationName = typeof(WebSetup).Assembly.GetName().Name });
        builder.WebHost.UseStaticWebAssets();
        builder.Configuration.AddInMemoryCollection(defaults);
        builder.Configuration.AddCommandLine([.. appArgs]); // the command line wins over the defaults
        var options = builder.AddQip();
        var counter = new RoundTripCounter();
        if (options.Provider == DatabaseProvider.Postgres)
            builder.Services.ConfigureDbContext<PostgresQipDbContext>(o => o.AddInterceptors(counter));
        else
            builder.Services.ConfigureDbContext<SqliteQipDbContext>(o => o.AddInterceptors(counter));
        builder.Services.AddSingleton<CircuitCount>();
        builder.Services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitCount>());
        builder.Services.Configure<CircuitOptions>(o => o.DisconnectedCircuitRetentionPeriod = CircuitRetention);
        var app = builder.Build();
        await app.PrepareDatabaseAsync();
        return new BenchHost(app, dataFolder);
    }

    /// <summary>Circuits the served app holds (open, and those that ended): the circuits figures read it.</summary>
    public CircuitCount Circuits => Services.GetRequiredService<CircuitCount>();

    /// <summary>Serves the app over HTTP on a free loopback port, with the production pipeline (UseQip); returns its address.</summary>
    public async Task<string> ServeAsync()
    {
        if (!_serving)
        {
            App.Urls.Clear();
            App.Urls.Add("http://127.0.0.1:0");
            App.UseQip();
            await App.StartAsync();
            _serving = true;
        }
        return App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
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
        if (_serving) await App.StopAsync();
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
