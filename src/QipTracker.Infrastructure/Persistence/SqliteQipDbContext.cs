using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// The embedded default. SQLite cannot compare DateTimeOffset in SQL, so instants are stored as
/// UTC ticks: ordering and filtering in SQL then follow the real order of events, whatever offset
/// a value arrived with.
/// </summary>
public sealed class SqliteQipDbContext(DbContextOptions<SqliteQipDbContext> options, ICurrentUser currentUser)
    : QipDbContext(options, currentUser)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}

internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
