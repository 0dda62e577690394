using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// The instant a row last changed, for the API's incremental pulls (modifiedSince) and list ETags. A column the
/// persistence layer owns (a shadow property, not part of the Domain), set by <see cref="ChangeStampInterceptor"/> on
/// every save that adds or changes the row, and indexed with the trust so a pull reads in change order.
/// </summary>
public static class ChangeStamp
{
    /// <summary>The column; in a query, <c>EF.Property&lt;DateTimeOffset&gt;(row, ChangeStamp.Property)</c>.</summary>
    public const string Property = "ChangedAt";

    /// <summary>
    /// An instant as every database keeps it: PostgreSQL holds microseconds, so the stamp is cut to them here and a
    /// value read back equals the one written (a cursor carries it).
    /// </summary>
    public static DateTimeOffset Truncate(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % 10, TimeSpan.Zero);
}

/// <summary>The rows the API lists for incremental pulls: each carries <see cref="ChangeStamp.Property"/>.</summary>
internal sealed class ChangeStampConfiguration : IEntityTypeConfiguration<RootCause>, IEntityTypeConfiguration<ImprovementAction>,
    IEntityTypeConfiguration<Evidence>, IEntityTypeConfiguration<SprintUpdate>, IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<RootCause> b) => Stamp(b);
    public void Configure(EntityTypeBuilder<ImprovementAction> b) => Stamp(b);
    public void Configure(EntityTypeBuilder<Evidence> b) => Stamp(b);
    public void Configure(EntityTypeBuilder<SprintUpdate> b) => Stamp(b);
    public void Configure(EntityTypeBuilder<Escalation> b) => Stamp(b);

    // Trust first (every query is filtered by it), then the pull's order: the stamp, the id breaking ties.
    private static void Stamp<T>(EntityTypeBuilder<T> b) where T : class
    {
        b.Property<DateTimeOffset>(ChangeStamp.Property);
        b.HasIndex("TrustId", ChangeStamp.Property, "Id");
    }
}
