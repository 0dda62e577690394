using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class TrustConfiguration : IEntityTypeConfiguration<Trust>
{
    public void Configure(EntityTypeBuilder<Trust> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.HasIndex(t => t.Name).IsUnique();
        b.Property(t => t.OdsCode).HasMaxLength(10);
        b.Property(t => t.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.ImprovementDirector).HasMaxLength(200);
    }
}

internal sealed class TrustMembershipConfiguration : IEntityTypeConfiguration<TrustMembership>
{
    public void Configure(EntityTypeBuilder<TrustMembership> b)
    {
        b.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(m => new { m.TrustId, m.UserId, m.Role }).IsUnique();
        b.HasIndex(m => m.UserId);
        b.HasOne<Trust>().WithMany().HasForeignKey(m => m.TrustId);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId);
    }
}

internal sealed class RegimePeriodConfiguration : IEntityTypeConfiguration<RegimePeriod>
{
    public void Configure(EntityTypeBuilder<RegimePeriod> b)
    {
        b.Property(r => r.Regime).HasConversion<string>().HasMaxLength(30);
        b.HasOne<Trust>().WithMany().HasForeignKey(r => r.TrustId);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> b)
    {
        b.Property(u => u.DisplayName).HasMaxLength(200);
        b.Property(u => u.JobTitle).HasMaxLength(200);
    }
}

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> b)
    {
        b.Property(i => i.Email).HasMaxLength(256);
        b.Property(i => i.DisplayName).HasMaxLength(200);
        b.Property(i => i.Role).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.TokenHash).HasMaxLength(64);
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasOne<AppUser>().WithMany().HasForeignKey(i => i.UserId);
    }
}
