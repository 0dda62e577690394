using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class InspectionConfiguration : IEntityTypeConfiguration<Inspection>
{
    public void Configure(EntityTypeBuilder<Inspection> b)
    {
        b.Property(i => i.Title).HasMaxLength(300);
        b.Property(i => i.OverallRating).HasConversion<string>().HasMaxLength(30);
        b.OwnsMany(i => i.Ratings, r => r.ToJson());
        b.OwnsMany(i => i.Notices, n => n.ToJson());
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne<Trust>().WithMany().HasForeignKey(i => i.TrustId);
    }
}

internal sealed class IsgConfiguration : IEntityTypeConfiguration<ImprovementSteeringGroup>
{
    public void Configure(EntityTypeBuilder<ImprovementSteeringGroup> b)
    {
        b.ToTable("Isgs");
        b.Property(i => i.Name).HasMaxLength(200);
        b.HasIndex(i => new { i.TrustId, i.Name }).IsUnique();
        b.Property(i => i.Cadence).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasOne<Trust>().WithMany().HasForeignKey(i => i.TrustId);
    }
}

internal sealed class FindingConfiguration : IEntityTypeConfiguration<Finding>
{
    public void Configure(EntityTypeBuilder<Finding> b)
    {
        b.Property(f => f.Reference).HasMaxLength(40);
        b.HasIndex(f => new { f.TrustId, f.Reference }).IsUnique();
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.Domain).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Source).HasMaxLength(200);
        b.Property(f => f.CoreService).HasMaxLength(100);
        b.Property(f => f.Site).HasMaxLength(100);
        b.Property(f => f.Regulation).HasMaxLength(200);
        b.Property(f => f.KloeCode).HasMaxLength(10);
        b.Property(f => f.PromptCode).HasMaxLength(10);
        b.Property(f => f.Version).IsConcurrencyToken();
        b.Ignore(f => f.Priority);
        b.HasOne<ImprovementSteeringGroup>().WithMany().HasForeignKey(f => f.IsgId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Inspection>().WithMany().HasForeignKey(f => f.InspectionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class RootCauseConfiguration : IEntityTypeConfiguration<RootCause>
{
    public void Configure(EntityTypeBuilder<RootCause> b)
    {
        b.Property(r => r.Reference).HasMaxLength(40);
        b.HasIndex(r => new { r.TrustId, r.Reference }).IsUnique();
        b.HasIndex(r => new { r.TrustId, r.IsgId });
        b.HasIndex(r => new { r.TrustId, r.OwnerId });
        b.HasIndex(r => r.KpiId); // a KPI's root cause: the SPC summaries and the ISG page look it up per KPI
        b.Property(r => r.Priority).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Status).HasConversion<int>(); // ordered: Completed or later is ">= 2" in SQL
        b.Property(r => r.LastReopenReason).HasMaxLength(2000);
        b.Property(r => r.ReviewComment).HasMaxLength(2000);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.ComplexProperty(r => r.Sbar);
        b.Ignore(r => r.IsWithdrawn);
        b.Ignore(r => r.State);
        b.HasMany(r => r.Findings).WithOne().HasForeignKey(l => l.RootCauseId);
        b.HasMany(r => r.Evidence).WithOne().HasForeignKey(e => e.RootCauseId);
        b.HasOne<ImprovementSteeringGroup>().WithMany().HasForeignKey(r => r.IsgId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RootCauseStatusRecordConfiguration : IEntityTypeConfiguration<RootCauseStatusRecord>
{
    public void Configure(EntityTypeBuilder<RootCauseStatusRecord> b)
    {
        b.ToTable("RootCauseHistory");
        b.HasKey(r => r.Id);
        b.HasIndex(r => new { r.RootCauseId, r.EffectiveOn });
        b.Property(r => r.Priority).HasConversion<string>().HasMaxLength(10);
        b.Property(r => r.Status).HasConversion<int>();
        b.HasOne<RootCause>().WithMany().HasForeignKey(r => r.RootCauseId);
    }
}

internal sealed class RootCauseFindingConfiguration : IEntityTypeConfiguration<RootCauseFinding>
{
    public void Configure(EntityTypeBuilder<RootCauseFinding> b)
    {
        b.HasKey(l => new { l.RootCauseId, l.FindingId });
        b.HasIndex(l => l.FindingId);
        b.HasOne<Finding>().WithMany().HasForeignKey(l => l.FindingId);
    }
}

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.ToTable("Actions");
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.ProgressNote).HasMaxLength(InputLimits.Text);
        b.Property(a => a.Version).IsConcurrencyToken();
        b.Ignore(a => a.IsOpen);
        b.HasIndex(a => new { a.TrustId, a.OwnerId });
        b.HasOne<RootCause>().WithMany().HasForeignKey(a => a.RootCauseId);
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.ToTable("Evidence");
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Title).HasMaxLength(300);
        b.Property(e => e.WhatItShows).HasMaxLength(InputLimits.Text);
        b.Property(e => e.Url).HasMaxLength(2000);
        b.Property(e => e.FileName).HasMaxLength(255);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.StorageKey).HasMaxLength(200);
    }
}
