using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>The embedded default. SQLite cannot compare DateTimeOffset in SQL, so it is stored as UTC ticks.</summary>
public sealed class SqliteQipDbContext(DbContextOptions<SqliteQipDbContext> options, ICurrentUser currentUser)
    : QipDbContext(options, currentUser)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
