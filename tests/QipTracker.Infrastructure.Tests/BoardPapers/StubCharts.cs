using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>Records what it was asked to draw and returns a 1×1 PNG: the document tests need not wait for ScottPlot.</summary>
public sealed class StubCharts : IPaperChartRenderer
{
    public List<(TrajectoryChart Chart, int Width, int Height)> Drawn { get; } = [];
    public List<(SpcChart Chart, int Width, int Height)> DrawnSpc { get; } = [];
    public List<(SprintBurndown Burndown, int Width, int Height)> DrawnBurndowns { get; } = [];
    public List<SpcIcon> DrawnIcons { get; } = [];

    public byte[] RenderPng(TrajectoryChart chart, ChartSize size)
    {
        Drawn.Add((chart, size.Width, size.Height));
        return Files.SampleFiles.Png();
    }

    public byte[] RenderPng(SpcChart chart, ChartSize size)
    {
        DrawnSpc.Add((chart, size.Width, size.Height));
        return Files.SampleFiles.Png();
    }

    public byte[] RenderPng(SprintBurndown burndown, ChartSize size)
    {
        DrawnBurndowns.Add((burndown, size.Width, size.Height));
        return Files.SampleFiles.Png();
    }

    public byte[] RenderIcon(SpcIcon icon, int pixels)
    {
        DrawnIcons.Add(icon);
        return Files.SampleFiles.Png();
    }
}
