using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Support;

/// <summary>
/// Base of a persistence test class: one database per provider for the whole class. Write
/// <c>[Theory, BothProviders] public async Task X(DatabaseProvider provider)</c> and start with
/// <c>var database = await Database(provider);</c>.
/// </summary>
public abstract class PersistenceTest(DatabaseFixture databases) : IClassFixture<DatabaseFixture>
{
    protected Task<TestDatabase> Database(DatabaseProvider provider) => databases.For(provider);
}
