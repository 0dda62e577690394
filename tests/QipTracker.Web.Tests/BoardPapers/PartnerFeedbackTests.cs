using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// The PMO records what partners said at the partner meeting and the trust's response; it is edited with the version
/// loaded, audited, kept to the trust, and shown in the paper and the pack for the month of the meeting.
/// </summary>
public abstract class PartnerFeedbackTests(QipAppFactory app)
{
    [Fact]
    public async Task The_pmo_records_and_revises_partner_feedback_and_the_months_paper_and_pack_show_it()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Fbk {Guid.NewGuid():N}"[..11]);
        var month = PaperMonth.Of(app.Clock.Today());
        var meeting = app.Clock.Today();

        var saved = await app.SendAs(trust, TrustRole.Pmo, new SavePartnerFeedback(null, meeting, "  Jo Reid, NHS England (Midlands) ",
            "Assurance on Must Do closure is not yet strong enough.", null));
        Assert.Equal(("Jo Reid, NHS England (Midlands)", "", trust[TrustRole.Pmo].DisplayName), (saved.From, saved.Response, saved.RecordedBy));

        // The trust's response is added later, from the version loaded; a save from an older version is refused.
        var revised = await app.SendAs(trust, TrustRole.Pmo, new SavePartnerFeedback(saved.Id, meeting, saved.From, saved.Said,
            "Evidence packs will be reviewed by the ISG chairs before closure.", saved.Version));
        Assert.True(revised.Version > saved.Version);
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo,
            new SavePartnerFeedback(saved.Id, meeting, saved.From, "Changed", null, saved.Version)));

        // Board members read it; only the PMO records it; what was said is required; the meeting cannot be in the future.
        Assert.Equal("Evidence packs will be reviewed by the ISG chairs before closure.",
            Assert.Single(await app.SendAs(trust, TrustRole.BoardMember, new ListPartnerFeedback(month))).Response);
        Assert.Empty(await app.SendAs(trust, TrustRole.BoardMember, new ListPartnerFeedback(month.AddMonths(-1))));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new SavePartnerFeedback(null, meeting, "A", "B", null)));
        var blank = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new SavePartnerFeedback(null, meeting, "A", " ", null)));
        Assert.Contains("Said", blank.Errors.Keys);
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new SavePartnerFeedback(null, app.Clock.Today().AddDays(1), "A", "B", null)));

        // Another trust neither sees it nor can change it.
        var other = await TestTrust.CreateAsync(app.Services, $"Fbo {Guid.NewGuid():N}"[..11]);
        Assert.Empty(await app.SendAs(other, TrustRole.Pmo, new ListPartnerFeedback()));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(other, TrustRole.Pmo,
            new SavePartnerFeedback(saved.Id, meeting, "Other", "Other", null, revised.Version)));

        var audited = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries
            .Where(a => a.EntityId == saved.Id).Select(a => new { a.Operation, a.Field }).ToListAsync());
        Assert.Contains(audited, a => a.Operation == AuditOperation.Created);
        Assert.Contains(audited, a => a.Operation == AuditOperation.Modified && a.Field == "Response");

        // The month's paper and pack show it, under their own headings.
        var paper = await app.SendAs(trust, TrustRole.Pmo, new PreviewPaper(month));
        Assert.Contains("3.7 Partner feedback", paper);
        Assert.Contains("Assurance on Must Do closure is not yet strong enough.", paper);
        Assert.Contains("Evidence packs will be reviewed by the ISG chairs before closure.", paper);
        var pack = await app.SendAs(trust, TrustRole.Pmo, new PreviewPaper(month, PaperKind.PartnerPack));
        Assert.Contains("4 Feedback from the partner meeting", pack);
        Assert.Contains("Jo Reid, NHS England (Midlands)", pack);
        // The month before the meeting has none.
        Assert.DoesNotContain("Jo Reid", await app.SendAs(trust, TrustRole.Pmo, new PreviewPaper(month.AddMonths(-1))));

        // And the files the partners receive carry it: the pack's Word, PDF and PowerPoint.
        var generated = await app.SendAs(trust, TrustRole.Pmo, new GenerateBoardPaper(month, Domain.BoardPapers.GeneratedPaperKind.PartnerPack));
        async Task<byte[]> File(PaperFormat format)
        {
            var file = await app.SendAs(trust, TrustRole.BoardMember, new DownloadPaper(generated.Id, format));
            await using var content = file.Content;
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            return buffer.ToArray();
        }
        var docx = new Infrastructure.Tests.BoardPapers.WordDocument(await File(PaperFormat.Docx));
        Assert.Contains("Jo Reid, NHS England (Midlands)", docx.Text);
        Assert.Contains("Evidence packs will be reviewed by the ISG chairs before closure.", docx.Text);
        // A table's columns may interleave in the PDF's reading order: the words after the heading are enough.
        var pdf = Infrastructure.Tests.BoardPapers.PdfDocumentText.Read(await File(PaperFormat.Pdf));
        pdf.AssertInOrder("Feedback from the partner meeting", "Reid,");
        pdf.AssertInOrder("Feedback from the partner meeting", "Assurance");
        using var deck = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(await File(PaperFormat.Pptx)), false);
        var slides = deck.PresentationPart!.SlideParts
            .Select(p => string.Join(" ", p.Slide.Descendants<DocumentFormat.OpenXml.Drawing.Text>().Select(t => t.Text))).ToList();
        Assert.Contains(slides, s => s.Contains("Partner feedback", StringComparison.Ordinal) && s.Contains("Jo Reid", StringComparison.Ordinal));
    }
}

[Collection(OnSqlite.Name)]
public sealed class PartnerFeedbackOnSqlite(SqliteApp app) : PartnerFeedbackTests(app);
[Collection(OnPostgres.Name)]
public sealed class PartnerFeedbackOnPostgres(PostgresApp app) : PartnerFeedbackTests(app);
