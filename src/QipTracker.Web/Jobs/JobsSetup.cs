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
        var timings = JobTimings.From(config);
        services.AddSingleton(timings);
        services.AddHangfire(c =>
        {
            c.UseQipSerialization();
            if (options.Provider == DatabaseProvider.Postgres)
                c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(options.ConnectionString), new PostgreSqlStorageOptions
                {
                    SchemaName = "hangfire",
                    PrepareSchemaIfNecessary = true,
                    // A dead node's job is fetched again after the timeout; a live node's heartbeat keeps long jobs its own.
                    UseSlidingInvisibilityTimeout = true,
                    InvisibilityTimeout = timings.InvisibilityTimeout,
                    QueuePollInterval = timings.QueuePoll,
                });
            else
                c.UseInMemoryStorage();
        });
        if (config.GetValue("Jobs:RunServer", true))
            services.AddHangfireServer(o =>
            {
                o.WorkerCount = Math.Max(2, Environment.ProcessorCount);
                o.SchedulePollingInterval = timings.SchedulePoll; // recurring and delayed jobs
            });
        services.AddScoped<JobRunner>();
        services.AddScoped<TrustByTrust>();
        services.AddTestOnlyCommitPause(config);
        return services;
    }

    /// <summary>How jobs are written to storage; every process that enqueues or runs them must agree (tests included).</summary>
    public static IGlobalConfiguration UseQipSerialization(this IGlobalConfiguration c) =>
        c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings();

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

    private static void AddTestOnlyCommitPause(this IServiceCollection services, IConfiguration config)
    {
        if (config[TestOnlyCommitPause.JobKey] is not { Length: > 0 } jobId || config.GetValue<int>(TestOnlyCommitPause.SecondsKey) is not (> 0 and var seconds))
            return;
        services.AddSingleton(sp => new TestOnlyCommitPause(jobId, TimeSpan.FromSeconds(seconds), sp.GetRequiredService<ILogger<TestOnlyCommitPause>>()));
        services.ConfigureDbContext<PostgresQipDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<TestOnlyCommitPause>()));
        services.ConfigureDbContext<SqliteQipDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<TestOnlyCommitPause>()));
    }
}
