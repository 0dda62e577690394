using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class ChangeRequestConfiguration : IEntityTypeConfiguration<ChangeRequest>
{
    public void Configure(EntityTypeBuilder<ChangeRequest> b)
    {
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        b.Property(c => c.Reason).HasMaxLength(InputLimits.Text);
        b.Property(c => c.DecisionNote).HasMaxLength(InputLimits.Text);
        b.Property(c => c.Version).IsConcurrencyToken();
        b.OwnsMany(c => c.SplitParts, p => p.ToJson());
        b.HasIndex(c => new { c.TrustId, c.Status });
        b.HasIndex(c => c.RootCauseId);
        b.HasOne<RootCause>().WithMany().HasForeignKey(c => c.RootCauseId);
    }
}

internal sealed class BaselineRecordConfiguration : IEntityTypeConfiguration<BaselineRecord>
{
    public void Configure(EntityTypeBuilder<BaselineRecord> b)
    {
        b.ToTable("BaselineHistory");
        b.HasIndex(r => new { r.RootCauseId, r.EffectiveFrom });
        b.HasOne<RootCause>().WithMany().HasForeignKey(r => r.RootCauseId);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.Property(t => t.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Name).HasMaxLength(100);
        b.Property(t => t.Prefix).HasMaxLength(12);
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.UserId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(t => t.UserId);
    }
}
