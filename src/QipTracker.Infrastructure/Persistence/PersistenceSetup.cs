using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Persistence;

public static class PersistenceSetup
{
    /// <summary>Registers the provider's DbContext, exposed to handlers as <see cref="QipDbContext"/>.</summary>
    public static IServiceCollection AddQipPersistence(this IServiceCollection services, QipOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddSingleton<PlanHistoryInterceptor>();
        services.AddSingleton<AuditInterceptor>();
        services.AddSingleton<KpiSignalInterceptor>();
        services.AddSingleton<ChangeStampInterceptor>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresQipDbContext>((sp, o) => o
                .UseNpgsql(options.ConnectionString, n => n.MigrationsHistoryTable("__EFMigrationsHistory"))
                .AddInterceptors(sp.GetRequiredService<PlanHistoryInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<KpiSignalInterceptor>(),
                    sp.GetRequiredService<ChangeStampInterceptor>()));
            services.AddScoped<QipDbContext>(sp => sp.GetRequiredService<PostgresQipDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteQipDbContext>((sp, o) => o
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<PlanHistoryInterceptor>(), sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<KpiSignalInterceptor>(),
                    sp.GetRequiredService<ChangeStampInterceptor>(), new SqliteBusyTimeout()));
            services.AddScoped<QipDbContext>(sp => sp.GetRequiredService<SqliteQipDbContext>());
        }
        return services;
    }
}
