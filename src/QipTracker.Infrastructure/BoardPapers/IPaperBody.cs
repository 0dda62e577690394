namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>A table column: its heading and its share of the page width.</summary>
internal sealed record Column(string Heading, int Weight);

/// <summary>A heading above several columns of a table's header, e.g. "Must Do" over five; blank over columns of their own.</summary>
internal sealed record ColumnGroup(string Heading, int Span);

/// <summary>
/// A table cell: text (blank lines split paragraphs), optionally bold, shaded, led by a bold symbol, or led by
/// Making Data Count icons drawn as pictures.
/// </summary>
internal sealed record Cell(string Text, bool Bold = false, string? Fill = null, string? Symbol = null, IReadOnlyList<SpcIcon>? Icons = null)
{
    public static implicit operator Cell(string text) => new(text);
}

/// <summary>
/// A chart to place: its title (the numbered caption), alternative text, how to draw it at a size, its aspect
/// (width ÷ height), and optionally icons and a note to show under it.
/// </summary>
internal sealed record PaperFigure(string Title, string AltText, Func<IPaperChartRenderer, ChartSize, byte[]> Draw, double Aspect = 2.0,
    IReadOnlyList<SpcIcon>? Icons = null, string? Note = null)
{
    public static PaperFigure Of(TrajectoryChart chart, double aspect = 2.0) =>
        new(chart.Title, ChartAltText.Of(chart), (r, size) => r.RenderPng(chart, size), aspect);
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
    /// <summary>A bulleted list, each item led by a bold word or phrase ("<b>Note</b> the progress …").</summary>
    void Bullets(IEnumerable<(string Lead, string Text)> items);
    void PageBreak();
    /// <summary>
    /// With <paramref name="headerRow"/> the column headings form a header row, under a row of
    /// <paramref name="groups"/> when given (their spans add up to the columns).
    /// </summary>
    void Table(IReadOnlyList<Column> columns, IEnumerable<IReadOnlyList<Cell>> rows, bool headerRow = true, int? minRowHeight = null,
        IReadOnlyList<ColumnGroup>? groups = null);
    /// <summary>The chart full width, with its alternative text and a numbered caption.</summary>
    void Chart(TrajectoryChart chart) => Figures([PaperFigure.Of(chart)], perRow: 1);
    /// <summary>Charts side by side, <paramref name="perRow"/> to a row, each with its numbered caption, icons and note.</summary>
    void Figures(IReadOnlyList<PaperFigure> figures, int perRow);
}
