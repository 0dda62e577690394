using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Persistence.Configurations;

internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>
{
    public void Configure(EntityTypeBuilder<Kpi> b)
    {
        b.Property(k => k.Code).HasMaxLength(40);
        b.HasIndex(k => new { k.TrustId, k.Code }).IsUnique();
        b.Property(k => k.Name).HasMaxLength(300);
        b.Property(k => k.Definition).HasMaxLength(InputLimits.Text);
        b.Property(k => k.Unit).HasMaxLength(40);
        b.Property(k => k.DataSource).HasMaxLength(300);
        b.Property(k => k.Direction).HasConversion<string>().HasMaxLength(10);
        b.Property(k => k.Frequency).HasConversion<string>().HasMaxLength(12);
        b.Property(k => k.DataQuality).HasConversion<string>().HasMaxLength(20);
        b.Property(k => k.Kind).HasConversion<string>().HasMaxLength(10);
        b.Property(k => k.Domain).HasConversion<string>().HasMaxLength(12);
        b.Property(k => k.Version).IsConcurrencyToken();
        b.OwnsMany(k => k.Targets, t =>
        {
            t.ToJson();
            t.Property(x => x.Value).HasPrecision(18, 4);
        });
        b.HasOne<ImprovementSteeringGroup>().WithMany().HasForeignKey(k => k.IsgId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class KpiMeasurementConfiguration : IEntityTypeConfiguration<KpiMeasurement>
{
    public void Configure(EntityTypeBuilder<KpiMeasurement> b)
    {
        b.Property(m => m.Value).HasPrecision(18, 4);
        b.Property(m => m.Note).HasMaxLength(1000);
        b.Property(m => m.Source).HasConversion<string>().HasMaxLength(12);
        b.Property(m => m.Version).IsConcurrencyToken();
        b.HasIndex(m => new { m.KpiId, m.Period }).IsUnique();
        b.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId);
    }
}

internal sealed class KpiAnnotationConfiguration : IEntityTypeConfiguration<KpiAnnotation>
{
    public void Configure(EntityTypeBuilder<KpiAnnotation> b)
    {
        b.Property(a => a.Text).HasMaxLength(1000);
        b.HasIndex(a => new { a.KpiId, a.On });
        b.HasOne<Kpi>().WithMany().HasForeignKey(a => a.KpiId);
    }
}

internal sealed class PaperDraftConfiguration : IEntityTypeConfiguration<PaperDraft>
{
    public void Configure(EntityTypeBuilder<PaperDraft> b)
    {
        b.HasIndex(d => new { d.TrustId, d.Month }).IsUnique();
        b.Property(d => d.Meeting).HasMaxLength(200);
        b.Property(d => d.PaperTitle).HasMaxLength(300);
        b.Property(d => d.ResponsibleDirector).HasMaxLength(200);
        b.Property(d => d.Author).HasMaxLength(200);
        b.Property(d => d.ExecutiveSummary).HasMaxLength(20000);
        b.Property(d => d.BoardAskedTo).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.AskReason).HasMaxLength(InputLimits.Text);
        b.Property(d => d.PreviouslyConsideredBy).HasMaxLength(500);
        // Drafts saved before the stage was asked for were written as stage 1 papers.
        b.Property(d => d.EqualityStage).HasConversion<string>().HasMaxLength(10).HasDefaultValue(EqualityImpactStage.Stage1);
        b.Property(d => d.EqualityImpact).HasMaxLength(InputLimits.Text);
        b.Property(d => d.FoiStatus).HasMaxLength(200);
        b.Property(d => d.Version).IsConcurrencyToken();
        b.OwnsMany(d => d.IsgCommentaries, c => c.ToJson());
        b.OwnsMany(d => d.Recommendations, c =>
        {
            c.ToJson();
            c.Property(i => i.Verb).HasConversion<string>();
        });
    }
}

internal sealed class GeneratedPaperConfiguration : IEntityTypeConfiguration<GeneratedPaper>
{
    public void Configure(EntityTypeBuilder<GeneratedPaper> b)
    {
        b.Property(p => p.Kind).HasConversion<string>().HasMaxLength(12);
        b.Property(p => p.DocxKey).HasMaxLength(200);
        b.Property(p => p.PptxKey).HasMaxLength(200);
        b.Property(p => p.PdfKey).HasMaxLength(200);
        b.HasIndex(p => new { p.TrustId, p.Month });
    }
}

internal sealed class PartnerFeedbackConfiguration : IEntityTypeConfiguration<PartnerFeedback>
{
    public void Configure(EntityTypeBuilder<PartnerFeedback> b)
    {
        b.ToTable("PartnerFeedback");
        b.HasIndex(f => new { f.TrustId, f.MeetingOn });
        b.Property(f => f.From).HasMaxLength(200);
        b.Property(f => f.Said).HasMaxLength(4000);
        b.Property(f => f.Response).HasMaxLength(4000);
        b.Property(f => f.Version).IsConcurrencyToken();
    }
}
