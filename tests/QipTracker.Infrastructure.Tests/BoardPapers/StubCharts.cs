using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>Records what it was asked to draw and returns a 1×1 PNG: the document tests need not wait for ScottPlot.</summary>
public sealed class StubCharts : IPaperChartRenderer
{
    public List<(TrajectoryChart Chart, int Width, int Height)> Drawn { get; } = [];

    public byte[] RenderPng(TrajectoryChart chart, int widthPixels, int heightPixels)
    {
        Drawn.Add((chart, widthPixels, heightPixels));
        return Files.SampleFiles.Png();
    }
}
