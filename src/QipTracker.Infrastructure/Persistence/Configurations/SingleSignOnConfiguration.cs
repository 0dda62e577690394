using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class SingleSignOnConfiguration : IEntityTypeConfiguration<SingleSignOn>
{
    public void Configure(EntityTypeBuilder<SingleSignOn> b)
    {
        b.ToTable("SingleSignOn");
        b.HasIndex(s => s.TrustId).IsUnique();
        b.Property(s => s.Authority).HasMaxLength(SingleSignOn.MaxAuthority);
        b.Property(s => s.ClientId).HasMaxLength(SingleSignOn.MaxClientId);
        b.Property(s => s.ClientSecretName).HasMaxLength(SingleSignOn.MaxSecretName);
        b.HasOne<Trust>().WithMany().HasForeignKey(s => s.TrustId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.BreakGlassUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
