using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Common;
using QipTracker.Domain.Oversight;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class OversightOrganisationConfiguration : IEntityTypeConfiguration<OversightOrganisation>
{
    public void Configure(EntityTypeBuilder<OversightOrganisation> b)
    {
        b.Property(o => o.Name).HasMaxLength(InputLimits.Name);
        b.HasIndex(o => o.Name).IsUnique();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
    }
}

internal sealed class OversightMemberConfiguration : IEntityTypeConfiguration<OversightMember>
{
    public void Configure(EntityTypeBuilder<OversightMember> b)
    {
        // One organisation per person: an oversight user reads as their organisation.
        b.HasIndex(m => m.UserId).IsUnique();
        b.HasIndex(m => m.OrganisationId);
    }
}

internal sealed class OversightGrantConfiguration : IEntityTypeConfiguration<OversightGrant>
{
    public void Configure(EntityTypeBuilder<OversightGrant> b)
    {
        // The portfolio's first read: an organisation's active grants, across trusts.
        b.HasIndex(g => new { g.OrganisationId, g.RevokedAt });
        b.Property(g => g.Version).IsConcurrencyToken();
    }
}

internal sealed class ExitCriterionConfiguration : IEntityTypeConfiguration<ExitCriterion>
{
    public void Configure(EntityTypeBuilder<ExitCriterion> b)
    {
        b.ToTable("ExitCriteria");
        b.Property(c => c.Text).HasMaxLength(InputLimits.Text);
        b.Property(c => c.EvidenceNote).HasMaxLength(InputLimits.Text);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Version).IsConcurrencyToken();
    }
}
