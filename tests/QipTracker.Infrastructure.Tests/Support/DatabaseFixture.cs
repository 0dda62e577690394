using System.Collections.Concurrent;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>
/// One migrated database per provider, shared by the tests of one class (IClassFixture) and
/// created on first use, so a missing PostgreSQL fails only the PostgreSQL cases. Tests sharing
/// it seed their own trusts (<see cref="Seed"/>) and so never see each other's rows.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<DatabaseProvider, Lazy<Task<TestDatabase>>> _databases = new();

    public Task<TestDatabase> For(DatabaseProvider provider) =>
        _databases.GetOrAdd(provider, p => new Lazy<Task<TestDatabase>>(() => TestDatabase.CreateAsync(p))).Value;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var lazy in _databases.Values)
        {
            if (!lazy.IsValueCreated) continue;
            TestDatabase database;
            try { database = await lazy.Value; }
            catch { continue; } // creation already failed the tests that asked for it
            await database.DisposeAsync();
        }
    }
}
