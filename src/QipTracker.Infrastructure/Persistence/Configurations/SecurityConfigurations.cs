using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.IpAddress).HasMaxLength(UserSession.MaxIpAddress);
        b.Property(s => s.UserAgent).HasMaxLength(UserSession.MaxUserAgent);
        b.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(20);
        // Every request checks its session by primary key; a person's sessions are listed and ended by user.
        b.HasIndex(s => new { s.UserId, s.EndedAt });
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId);
    }
}

internal sealed class SecurityEventConfiguration : IEntityTypeConfiguration<SecurityEvent>
{
    public void Configure(EntityTypeBuilder<SecurityEvent> b)
    {
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Email).HasMaxLength(SecurityEvent.MaxEmail);
        b.Property(e => e.IpAddress).HasMaxLength(UserSession.MaxIpAddress);
        b.Property(e => e.Detail).HasMaxLength(SecurityEvent.MaxDetail);
        // Newest first: all of them (system admin), a trust's (trust admin), a person's own sign-ins.
        b.HasIndex(e => e.At);
        b.HasIndex(e => new { e.TrustId, e.At });
        b.HasIndex(e => new { e.UserId, e.At });
    }
}
