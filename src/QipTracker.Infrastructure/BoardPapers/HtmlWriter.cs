namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The paper as HTML, laid out by the same code as the Word document, for the PMO to check before
/// generating. A fragment (no html or body element) to place inside a page.
/// </summary>
public sealed class HtmlWriter(IPaperChartRenderer charts)
{
    public HtmlWriter() : this(new PaperCharts()) { }

    public string Write(BoardPaperContent paper, PaperKind kind = PaperKind.BoardPaper)
    {
        var body = new HtmlBody(charts);
        if (kind == PaperKind.PartnerPack) PartnerPackLayout.Write(body, paper);
        else BoardPaperLayout.Write(body, paper);
        return $"<article class=\"qip-paper\">\n{body}</article>";
    }
}
