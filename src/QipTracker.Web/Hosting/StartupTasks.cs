using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Hosting;

public static class StartupTasks
{
    /// <summary>Applies migrations (unless Database:MigrateOnStartup is false), then compacts old audit rows, before anything serves or runs.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        if (!app.Configuration.GetValue("Database:MigrateOnStartup", true)) return;
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        var pending = await db.Database.GetPendingMigrationsAsync();
        await db.Database.MigrateAsync();
        // The column for "KPI not improving" starts false everywhere: read the charts once when it arrives.
        if (pending.Any(m => m.EndsWith("_OneTruth", StringComparison.Ordinal)) && await db.Trusts.AnyAsync())
            await KpiSignalInterceptor.RefreshAllAsync(db, CancellationToken.None);
        var compacted = await AuditTrailCompaction.RunAsync(db);
        if (compacted > 0)
            app.Logger.LogInformation("Replaced whole file, document and secret values in {Count} audit rows with their size and SHA-256", compacted);
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
