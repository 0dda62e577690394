using Hangfire;
using Hangfire.PostgreSql;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Jobs;

public static class JobsSetup
{
    /// <summary>In-memory storage on the embedded default; PostgreSQL in production, so several nodes run each job once.</summary>
    public static IServiceCollection AddQipJobs(this IServiceCollection services, QipOptions options, IConfiguration config)
    {
        services.AddHangfire(c =>
        {
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (options.Provider == DatabaseProvider.Postgres)
                c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(options.ConnectionString),
                    new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true });
            else
                c.UseInMemoryStorage();
        });
        if (config.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o => o.WorkerCount = Math.Max(2, Environment.ProcessorCount));
        services.AddScoped<JobRunner>();
        services.AddScoped<TrustByTrust>();
        return services;
    }

    /// <summary>Recurring jobs, each with a fixed id (re-registering updates, never duplicates) on London time.</summary>
    public static void RegisterRecurringJobs(IRecurringJobManager jobs)
    {
        var london = new RecurringJobOptions { TimeZone = Application.Clock.London };
        foreach (var job in JobCatalog.All)
        {
            var id = job.Id;
            jobs.AddOrUpdate<JobRunner>(id, r => r.RunAsync(id, CancellationToken.None), job.Cron, london);
        }
    }
}
