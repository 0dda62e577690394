using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Hosting;

public static class StartupTasks
{
    /// <summary>Applies migrations (unless Database:MigrateOnStartup is false) before anything serves or runs.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
            await scope.ServiceProvider.GetRequiredService<QipDbContext>().Database.MigrateAsync();
    }
}
