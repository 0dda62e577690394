using System.Net;
using System.Text;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Writes the paper as an HTML fragment for the in-app preview: real headings, tables with header
/// cells, and charts as inline PNG data URIs with their alternative text. Everything PMO-typed is encoded.
/// </summary>
internal sealed class HtmlBody(IPaperChartRenderer charts) : IPaperBody
{
    // Half the Word document's chart resolution: sharp on screen, light on the wire.
    private const int ChartWidthPixels = 900, ChartHeightPixels = 450;

    private readonly StringBuilder _html = new();
    private int _figures;

    public void Title(string text) => _html.Append("<h1 class=\"qip-paper-title\">").Append(Encode(PaperText.Printable(text))).Append("</h1>\n");

    // The paper's title is the page's h1 inside the preview, so section levels start at h2.
    public void Heading(int level, string text) =>
        _html.Append($"<h{level + 1}>").Append(Encode(PaperText.Printable(text))).Append($"</h{level + 1}>\n");

    public void Text(string text) => _html.Append(Paragraphs(text)).Append('\n');

    public void PageBreak() => _html.Append("<hr class=\"qip-paper-break\" />\n");

    public void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows, bool headerRow = true, int? minRowHeight = null)
    {
        _html.Append("<table class=\"qip-paper-table\">");
        if (headerRow)
            _html.Append("<thead><tr>").AppendJoin("", columns.Select(c => $"<th scope=\"col\">{Encode(c.Heading)}</th>")).Append("</tr></thead>");
        _html.Append("<tbody>");
        foreach (var row in rows)
        {
            _html.Append("<tr>");
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : new Cell("");
                // A form-like table (no header row) names each row in its first cell.
                var tag = !headerRow && i == 0 ? "th scope=\"row\"" : "td";
                var style = cell.Fill is { } fill ? $" style=\"background:#{fill}\"" : "";
                var symbol = cell.Symbol is { } s ? $"<strong>{Encode(s)}</strong> " : "";
                var text = cell.Bold ? $"<strong>{Paragraphs(cell.Text)}</strong>" : Paragraphs(cell.Text);
                _html.Append($"<{tag}{style}>{symbol}{text}</{tag.Split(' ')[0]}>");
            }
            _html.Append("</tr>");
        }
        _html.Append("</tbody></table>\n");
    }

    public void Chart(TrajectoryChart chart)
    {
        var png = Convert.ToBase64String(charts.RenderPng(chart, ChartWidthPixels, ChartHeightPixels));
        _html.Append($"<figure class=\"qip-paper-chart\"><img src=\"data:image/png;base64,{png}\" alt=\"{Encode(PaperText.Printable(ChartAltText.Of(chart)))}\" " +
                     $"width=\"{ChartWidthPixels}\" height=\"{ChartHeightPixels}\" />")
            .Append($"<figcaption>Figure {++_figures}: {Encode(PaperText.Printable(chart.Title))}</figcaption></figure>\n");
    }

    public override string ToString() => _html.ToString();

    private static string Paragraphs(string text) =>
        string.Concat(PaperText.Printable(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + string.Join("<br />", p.Split('\n').Select(Encode)) + "</p>"));

    // Text reaches here whole-text-shortened by PaperText; this only drops what no document may hold.
    private static string Encode(string text) => WebUtility.HtmlEncode(Domain.Common.InputText.Printable(text));
}
