using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// How a request rides out a dropped PostgreSQL connection (a restart, a failover): EF Core's retrying execution
/// strategy for Npgsql runs it again up to <paramref name="Count"/> times, waiting at most <paramref name="MaxDelay"/>
/// between tries; after that the request answers 503. Only the request pipeline uses it, around a whole query or
/// command (see TransactionBehaviour), so code that opens its own transaction (the seeder, a verb) is unaffected.
/// SQLite has no connection to drop: its busy timeout covers a held write lock.
/// </summary>
public sealed record DatabaseRetry(int Count, TimeSpan MaxDelay)
{
    public const string CountKey = "Database:RetryCount", MaxDelayKey = "Database:RetryMaxDelaySeconds";

    /// <summary>About seven seconds in all: longer than a fast restart takes, short of a person giving up.</summary>
    public static readonly DatabaseRetry Default = new(4, TimeSpan.FromSeconds(2));

    public static DatabaseRetry From(IConfiguration config) => new(
        config.GetValue(CountKey, Default.Count),
        TimeSpan.FromSeconds(config.GetValue(MaxDelayKey, Default.MaxDelay.TotalSeconds)));

    public IExecutionStrategy StrategyFor(QipDbContext db) => db is PostgresQipDbContext
        ? new NpgsqlRetryingExecutionStrategy(db, Count, MaxDelay, errorCodesToAdd: null)
        : db.Database.CreateExecutionStrategy();
}
