using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Bench.Data;

/// <summary>
/// Generates the shape's trusts and inserts them, one transaction per trust, in batches through a lean context:
/// the plan-history and KPI-signal interceptors run (what the app's figures as-at a date and RAG need), but not
/// the audit interceptor, whose one snapshot row per created record would double the rows and the time — the
/// generated history already holds each transition's audit entry. Change tracking is cleared between batches so
/// memory stays flat however many trusts there are.
/// </summary>
public sealed class Seeder(IServiceProvider services, TextWriter log)
{
    private const int Batch = 20_000;

    /// <summary>Every generated person's password: the circuits figures sign in through the login form as them.</summary>
    public const string Password = "bench sign-in password 2026";

    public async Task<(GeneratedTrust Measured, TimeSpan Took, long Rows)> SeedAsync(DataShape shape)
    {
        var stopwatch = Stopwatch.StartNew();
        var now = DateTimeOffset.UtcNow;
        var hash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        GeneratedTrust? measured = null;
        long rows = 0;
        for (var i = 0; i < shape.Trusts; i++)
        {
            var trustShape = i < shape.LargeTrusts ? (i == 0 ? shape.Measured : shape.Large) : shape.Regular;
            var plan = new TrustGenerator(trustShape, i, now, hash).Generate();
            await InsertAsync(plan);
            rows += plan.Rows;
            measured ??= plan;
            if (shape.Trusts > 1 && (i + 1) % 20 == 0)
                await log.WriteLineAsync($"  seeded {i + 1}/{shape.Trusts} trusts, {rows:N0} rows, {stopwatch.Elapsed.TotalSeconds:F0} s");
        }
        return (measured!, stopwatch.Elapsed, rows);
    }

    private async Task InsertAsync(GeneratedTrust plan)
    {
        await using var db = LeanContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        async Task Save(IEnumerable<object> entities)
        {
            foreach (var chunk in entities.Chunk(Batch))
            {
                db.AddRange(chunk);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await Save([plan.Trust, .. plan.Users]);
        await Save([.. plan.Memberships, .. plan.Isgs, .. plan.Inspections, .. plan.Findings]);
        await Save([.. plan.RootCauses, .. plan.Baselines]);
        await Save(plan.Actions);
        await Save(plan.Kpis);
        await Save(plan.Measurements);
        await Save(plan.Sprints);
        await Save(plan.SprintUpdates);
        await Save(plan.History.Entries);
        await transaction.CommitAsync();
    }

    private QipDbContext LeanContext()
    {
        var options = services.GetRequiredService<QipOptions>();
        var user = new CurrentUser();
        user.ActAsSystemEverywhere();
        var interceptors = new Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[]
            { services.GetRequiredService<PlanHistoryInterceptor>(), services.GetRequiredService<KpiSignalInterceptor>() };
        return options.Provider == DatabaseProvider.Postgres
            ? new PostgresQipDbContext(new DbContextOptionsBuilder<PostgresQipDbContext>().UseNpgsql(options.ConnectionString).AddInterceptors(interceptors).Options, user)
            : new SqliteQipDbContext(new DbContextOptionsBuilder<SqliteQipDbContext>().UseSqlite(options.ConnectionString).AddInterceptors(interceptors).Options, user);
    }
}
