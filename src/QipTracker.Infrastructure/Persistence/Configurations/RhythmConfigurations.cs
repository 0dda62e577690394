using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class SprintConfiguration : IEntityTypeConfiguration<Sprint>
{
    public void Configure(EntityTypeBuilder<Sprint> b)
    {
        b.Property(s => s.State).HasConversion<string>().HasMaxLength(10);
        b.Property(s => s.Version).IsConcurrencyToken();
        b.Property(s => s.EarlyCloseReason).HasMaxLength(InputLimits.Text);
        b.HasIndex(s => new { s.IsgId, s.Number }).IsUnique();
        b.HasOne<ImprovementSteeringGroup>().WithMany().HasForeignKey(s => s.IsgId);
        b.HasMany(s => s.Scope).WithOne().HasForeignKey(i => i.SprintId);
        b.Ignore(s => s.Period);
        b.Ignore(s => s.Days);
        b.Ignore(s => s.CommittedScope);
        b.Ignore(s => s.InScope);
        b.Ignore(s => s.AddedMidSprint);
        b.Ignore(s => s.RemovedMidSprint);
        b.Ignore(s => s.Delivered);
        b.Ignore(s => s.CarriedForward);
        b.Ignore(s => s.LastDayRun);
    }
}

internal sealed class SprintScopeItemConfiguration : IEntityTypeConfiguration<SprintScopeItem>
{
    public void Configure(EntityTypeBuilder<SprintScopeItem> b)
    {
        b.ToTable("SprintScope");
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(i => i.Reference).HasMaxLength(40);
        b.Property(i => i.Title).HasMaxLength(500);
        b.HasIndex(i => new { i.SprintId, i.ItemId });
        b.Property(i => i.RagAtStart).HasConversion<string>().HasMaxLength(10);
        b.Ignore(i => i.IsInScope);
    }
}

internal sealed class SprintSummaryConfiguration : IEntityTypeConfiguration<SprintSummary>
{
    public void Configure(EntityTypeBuilder<SprintSummary> b)
    {
        b.HasIndex(s => s.SprintId).IsUnique();
        b.HasOne<Sprint>().WithMany().HasForeignKey(s => s.SprintId);
        b.HasOne<ImprovementSteeringGroup>().WithMany().HasForeignKey(s => s.IsgId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SprintUpdateConfiguration : IEntityTypeConfiguration<SprintUpdate>
{
    public void Configure(EntityTypeBuilder<SprintUpdate> b)
    {
        b.Property(u => u.Status).HasConversion<int>();
        b.Property(u => u.Narrative).HasMaxLength(InputLimits.Text);
        b.Property(u => u.KpiValue).HasPrecision(18, 4);
        b.Property(u => u.Version).IsConcurrencyToken();
        b.HasIndex(u => new { u.SprintId, u.RootCauseId }).IsUnique();
        b.HasOne<Sprint>().WithMany().HasForeignKey(u => u.SprintId);
        b.HasOne<RootCause>().WithMany().HasForeignKey(u => u.RootCauseId);
    }
}

internal sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> b)
    {
        b.Property(e => e.ItemKind).HasConversion<string>().HasMaxLength(10);
        b.Property(e => e.Level).HasConversion<string>().HasMaxLength(25);
        b.Property(e => e.Reference).HasMaxLength(40);
        b.Property(e => e.RecoveryPlan).HasMaxLength(InputLimits.Text);
        b.Property(e => e.Version).IsConcurrencyToken();
        b.OwnsMany(e => e.Told, t =>
        {
            t.ToJson();
            t.Property(n => n.Level).HasConversion<string>();
        });
        // The rungs reached, folded into the one escalation an item has (not a row per rung).
        b.OwnsMany(e => e.Steps, s =>
        {
            s.ToJson();
            s.Property(x => x.Level).HasConversion<string>();
        });
        b.HasIndex(e => new { e.TrustId, e.ItemId, e.Level });
        b.HasIndex(e => new { e.TrustId, e.ResolvedOn });
        b.HasIndex(e => new { e.TrustId, e.RootCauseId });
        b.Ignore(e => e.IsOpen);
        b.Ignore(e => e.LevelReachedOn);
    }
}
