using System.Globalization;
using System.Net;
using System.Text;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Writes the paper as an HTML fragment for the in-app preview: real headings, tables with header
/// cells, and charts as inline PNG data URIs with their alternative text. Everything PMO-typed is encoded.
/// </summary>
internal sealed class HtmlBody(IPaperChartRenderer charts) : IPaperBody
{
    // Three quarters of the Word document's chart resolution: sharp on screen, light on the wire.
    private const int FullWidthPixels = 900;
    private const float ChartScale = 1.5f;
    private const int IconPixels = 40;

    private readonly StringBuilder _html = new();
    private readonly Dictionary<string, string> _icons = [];
    private int _figures;

    public void Title(string text) => _html.Append("<h1 class=\"qip-paper-title\">").Append(Encode(PaperText.Printable(text))).Append("</h1>\n");

    // The paper's title is the page's h1 inside the preview, so section levels start at h2.
    public void Heading(int level, string text) =>
        _html.Append(CultureInfo.InvariantCulture, $"<h{level + 1}>").Append(Encode(PaperText.Printable(text))).Append(CultureInfo.InvariantCulture, $"</h{level + 1}>\n");

    public void Text(string text) => _html.Append(Paragraphs(text)).Append('\n');

    public void Bullets(IEnumerable<(string Lead, string Text)> items)
    {
        _html.Append("<ul class=\"qip-paper-list\">");
        foreach (var (lead, text) in items)
            _html.Append("<li>").Append(lead.Length > 0 ? $"<strong>{Encode(PaperText.Printable(lead))}</strong> " : "")
                .Append(Encode(PaperText.Printable(text))).Append("</li>");
        _html.Append("</ul>\n");
    }

    public void PageBreak() => _html.Append("<hr class=\"qip-paper-break\" />\n");

    public void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows, bool headerRow = true, int? minRowHeight = null,
        IReadOnlyList<ColumnGroup>? groups = null)
    {
        _html.Append("<table class=\"qip-paper-table\">");
        if (headerRow)
        {
            _html.Append("<thead>");
            if (groups is not null)
                _html.Append("<tr>").AppendJoin("", groups.Select(g => $"<th scope=\"colgroup\" colspan=\"{g.Span}\">{Encode(g.Heading)}</th>")).Append("</tr>");
            _html.Append("<tr>").AppendJoin("", columns.Select(c => $"<th scope=\"col\">{Encode(c.Heading)}</th>")).Append("</tr></thead>");
        }
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
                var icons = string.Concat((cell.Icons ?? []).Select(Icon));
                var symbol = cell.Symbol is { } s ? $"<strong>{Encode(s)}</strong> " : "";
                var text = cell.Bold ? $"<strong>{Paragraphs(cell.Text)}</strong>" : Paragraphs(cell.Text);
                _html.Append(CultureInfo.InvariantCulture, $"<{tag}{style}>{icons}{symbol}{text}</{tag.Split(' ')[0]}>");
            }
            _html.Append("</tr>");
        }
        _html.Append("</tbody></table>\n");
    }

    public void Figures(IReadOnlyList<PaperFigure> figures, int perRow)
    {
        if (figures.Count == 0) return;
        var width = perRow <= 1 ? FullWidthPixels : FullWidthPixels / perRow - 12;
        if (perRow > 1) _html.Append(CultureInfo.InvariantCulture, $"<div class=\"qip-paper-figures qip-paper-figures-{perRow}\">");
        foreach (var figure in figures)
        {
            var height = (int)Math.Round(width / figure.Aspect);
            var png = Convert.ToBase64String(figure.Draw(charts, new ChartSize(width, height, ChartScale)));
            _html.Append(CultureInfo.InvariantCulture, $"<figure class=\"qip-paper-chart\"><img src=\"data:image/png;base64,{png}\" alt=\"{Encode(PaperText.Printable(figure.AltText))}\" " +
                         $"width=\"{width}\" height=\"{height}\" />")
                .Append(CultureInfo.InvariantCulture, $"<figcaption>Figure {++_figures}: {Encode(PaperText.Printable(figure.Title))}");
            if (figure.Icons is { Count: > 0 } icons)
                _html.Append("<br />").AppendJoin(" ", icons.Select(i => $"{Icon(i)} {Encode(i.Label)}"));
            if (figure.Note is { } note) _html.Append("<br /><small>").Append(string.Join("<br />", PaperText.Printable(note).Split('\n').Select(Encode))).Append("</small>");
            _html.Append("</figcaption></figure>\n");
        }
        if (perRow > 1) _html.Append("</div>\n");
    }

    public override string ToString() => _html.ToString();

    private string Icon(SpcIcon icon)
    {
        if (!_icons.TryGetValue(icon.Key, out var data))
            _icons[icon.Key] = data = Convert.ToBase64String(charts.RenderIcon(icon, IconPixels));
        return $"<img class=\"qip-spc-icon\" src=\"data:image/png;base64,{data}\" alt=\"{Encode(icon.Label)}\" title=\"{Encode(icon.Label)}\" width=\"20\" height=\"20\" />";
    }

    private static string Paragraphs(string text) =>
        string.Concat(PaperText.Printable(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => "<p>" + string.Join("<br />", p.Split('\n').Select(Encode)) + "</p>"));

    // Text reaches here whole-text-shortened by PaperText; this only drops what no document may hold.
    private static string Encode(string text) => WebUtility.HtmlEncode(Domain.Common.InputText.Printable(text));
}
