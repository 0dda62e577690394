using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Tests.Demo;

/// <summary>
/// A fresh SQLite database in a temporary folder, wired as the app wires it (persistence, Identity
/// with the app's password policy, the demo seeder) with a fake clock, migrated and ready to seed.
/// </summary>
internal sealed class DemoDatabase : IAsyncDisposable
{
    public static readonly DateTimeOffset DefaultNow = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    private readonly string _folder;
    private readonly ServiceProvider _services;

    private DemoDatabase(string folder, ServiceProvider services, FakeTimeProvider clock)
    {
        _folder = folder;
        _services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public static async Task<DemoDatabase> CreateAsync(DateTimeOffset? now = null, string? configuredPassword = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"qip-demo-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [DemoSeedOptions.PasswordKey] = configuredPassword })
            .Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddQipPersistence(new QipOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "qip.db")}", folder));
        var clock = new FakeTimeProvider(now ?? DefaultNow);
        services.AddSingleton<TimeProvider>(clock);
        services.AddIdentityCore<AppUser>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
            })
            .AddEntityFrameworkStores<QipDbContext>();
        services.AddDemoTrustSeeder(config);

        var database = new DemoDatabase(folder, services.BuildServiceProvider(), clock);
        await using var scope = database.Scope(out var db);
        await db.Database.MigrateAsync();
        return database;
    }

    public async Task<DemoSeedResult> SeedAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
    }

    /// <summary>A scope acting across all trusts, as start-up work does, so the tenant filter shows everything.</summary>
    public AsyncServiceScope Scope(out QipDbContext db)
    {
        var scope = _services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
