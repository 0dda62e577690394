namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A table column: its heading and its share of the page width.</summary>
internal sealed record Column(string Heading, int Weight);

/// <summary>A table cell: text (blank lines split paragraphs), optionally bold, shaded, or led by a bold symbol.</summary>
internal sealed record Cell(string Text, bool Bold = false, string? Fill = null, string? Symbol = null)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// What a layout writes to: the Word document, or the HTML preview the PMO checks before generating.
/// One layout drives both, so the preview shows the same sections, sentences and tables as the paper.
/// </summary>
internal interface IPaperBody
{
    void Title(string text);
    void Heading(int level, string text);
    /// <summary>Paragraphs separated by blank lines; a single line break stays a line break.</summary>
    void Text(string text);
    void PageBreak();
    /// <summary>With <paramref name="headerRow"/> the column headings form a header row.</summary>
    void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows, bool headerRow = true, int? minRowHeight = null);
    /// <summary>The chart with its alternative text and a numbered caption.</summary>
    void Chart(TrajectoryChart chart);
}
