using DocumentFormat.OpenXml.Packaging;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// The PowerPoint deck is generated, stored and frozen with the paper: listed with its size, downloaded by the board
/// over the API with the paper's figures on its ISG slides, and rebuilt by Regenerate from the frozen data.
/// </summary>
public abstract class BoardPaperDeckTests(QipAppFactory app)
{
    private static List<string> Slides(byte[] pptx)
    {
        using var deck = PresentationDocument.Open(new MemoryStream(pptx), false);
        var presentation = deck.PresentationPart!;
        return presentation.Presentation.SlideIdList!.Elements<P.SlideId>()
            .Select(id => string.Join(" ", ((SlidePart)presentation.GetPartById(id.RelationshipId!)).Slide.Descendants<A.Text>().Select(t => t.Text)))
            .ToList();
    }

    [Fact]
    public async Task The_partner_packs_deck_is_stored_with_it_and_the_board_downloads_it_over_the_api()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Deck {Guid.NewGuid():N}"[..12]);
        var month = PaperMonth.Of(app.Clock.Today()).AddMonths(-1);
        await PaperData.ArrangeAsync(app, trust, month);

        var paper = await app.SendAs(trust, TrustRole.Pmo, new GenerateBoardPaper(month, Domain.BoardPapers.GeneratedPaperKind.PartnerPack));
        Assert.True(paper.PptxBytes > 0);

        var board = await app.SignedInAsync(trust[TrustRole.BoardMember]);
        using var response = await board.GetAsync($"/api/v1/board-papers/{paper.Id}/pptx");
        response.EnsureSuccessStatusCode();
        Assert.Equal(DownloadPaperHandler.PptxContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"qip-partner-pack-{PaperMonth.Key(month)}.pptx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(paper.PptxBytes, bytes.Length);

        var slides = Slides(bytes);
        Assert.Contains("System partner oversight pack", slides[0]);
        var trajectory = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(ReportingPeriods.MonthEnd(month)));
        var mustDo = trajectory.Series.Single(s => s.IsgId == trust.IsgId && s.Priority == PriorityClass.MustDo);
        var isgSlide = Assert.Single(slides, s => s.StartsWith("Unscheduled Care ", StringComparison.Ordinal));
        Assert.Contains($"{mustDo.CompletedToDate} {mustDo.PlannedToDate} {PaperLabels.Percent(mustDo.PercentToDate)}", isgSlide);

        // Regenerated from the frozen data: a new deck with the same slides.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        var again = await app.SendAs(trust, TrustRole.Pmo, new RegeneratePaper(paper.Id));
        var file = await app.SendAs(trust, TrustRole.BoardMember, new DownloadPaper(again.Id, PaperFormat.Pptx));
        await using var content = file.Content;
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        Assert.Equal(slides, Slides(buffer.ToArray()));
    }
}

[Collection(OnSqlite.Name)]
public sealed class BoardPaperDeckOnSqlite(SqliteApp app) : BoardPaperDeckTests(app);
[Collection(OnPostgres.Name)]
public sealed class BoardPaperDeckOnPostgres(PostgresApp app) : BoardPaperDeckTests(app);
