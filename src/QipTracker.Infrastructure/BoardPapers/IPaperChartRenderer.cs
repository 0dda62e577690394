namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>Draws a trajectory chart as a PNG of the given pixel size, for the writer to place in the document.</summary>
public interface IPaperChartRenderer
{
    byte[] RenderPng(TrajectoryChart chart, int widthPixels, int heightPixels);
}
