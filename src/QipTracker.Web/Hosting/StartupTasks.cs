using Hangfire;
using Microsoft.AspNetCore.DataProtection;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Hosting;

public static class StartupTasks
{
    /// <summary>
    /// Applies migrations and the data steps they need (unless Database:MigrateOnStartup is false) before anything
    /// serves or runs. A start with nothing pending does no data work.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        var ran = await MigrationDataSteps.MigrateAsync(scope.ServiceProvider.GetRequiredService<QipDbContext>());
        if (ran.Count > 0) app.Logger.LogInformation("Data steps run for migrations {Migrations}", string.Join(", ", ran));
    }

    /// <summary>
    /// Creates what every node shares and must not create twice, while this node holds the <see cref="StartupLock"/>:
    /// the first Data Protection key (the key ring is read from the database, or one key is made and stored, before
    /// the next node looks) and Hangfire's schema (installed when its storage is first resolved).
    /// </summary>
    public static void PrepareSharedState(this WebApplication app)
    {
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("QipTracker.Startup").Protect([1]);
        app.Services.GetRequiredService<JobStorage>();
    }

    /// <summary>
    /// Removes working copies of papers that a process stopped mid-conversion left behind (they hold a paper's
    /// content); conversions still running elsewhere are left alone (see <see cref="PdfConverter.SweepLeftovers"/>).
    /// </summary>
    public static void SweepPaperWorkFolders(this WebApplication app) => SweepPaperWorkFolders(app.Services);

    internal static void SweepPaperWorkFolders(IServiceProvider services)
    {
        var swept = services.GetRequiredService<PdfConverter>().SweepLeftovers();
        if (swept > 0)
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StartupTasks))
                .LogInformation("Removed {Count} working folders left by interrupted paper conversions", swept);
    }

    /// <summary>
    /// On the embedded default (or when Demo:Seed is true), seeds the demo trust once and prints
    /// its logins, so a new user can sign in straight away in every role.
    /// </summary>
    public static async Task SeedDemoTrustAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<QipOptions>();
        if (!app.Configuration.GetValue("Demo:Seed", options.Provider == DatabaseProvider.Sqlite)) return;

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        var result = await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
        Console.WriteLine(result.FormatBanner());
    }
}
