namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// A picture's size in pixels, and how many pixels stand for one of the 600-pixel-wide layout a full-width chart
/// is designed at: a writer keeps the scale fixed for a page, so text prints the same size in a half-width chart
/// as in a full-width one.
/// </summary>
public sealed record ChartSize(int Width, int Height, float Scale);

/// <summary>Draws the paper's charts and icons as PNGs, for a writer to place in the document.</summary>
public interface IPaperChartRenderer
{
    byte[] RenderPng(TrajectoryChart chart, ChartSize size);
    byte[] RenderPng(SpcChart chart, ChartSize size);
    byte[] RenderPng(SprintBurndown burndown, ChartSize size);
    /// <summary>A Making Data Count icon, square.</summary>
    byte[] RenderIcon(SpcIcon icon, int pixels);
}
