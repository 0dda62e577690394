using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Auditing;
using QipTracker.Infrastructure.Email;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.Property(a => a.EntityType).HasMaxLength(60);
        b.Property(a => a.Field).HasMaxLength(60);
        b.Property(a => a.Operation).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(a => new { a.EntityId, a.At });
        b.HasIndex(a => new { a.TrustId, a.At });
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.ToTable("Outbox");
        b.Property(o => o.ToAddress).HasMaxLength(256);
        b.Property(o => o.ToName).HasMaxLength(200);
        b.Property(o => o.Subject).HasMaxLength(300);
        b.Property(o => o.DedupKey).HasMaxLength(200);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(o => o.DedupKey).IsUnique();
        b.HasIndex(o => new { o.Status, o.NextAttemptAt });
    }
}
