using System.Diagnostics.Metrics;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Telemetry;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>Each LibreOffice conversion is timed for the operator's metrics, with its format and whether it worked.</summary>
public sealed class PdfConversionMetricsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("qip-pdf-metrics-").FullName;

    // Other tests convert at the same time: only measurements made in this test's own flow count.
    private static readonly AsyncLocal<bool> Mine = new();

    [Fact]
    public async Task A_conversion_records_its_time_format_and_outcome()
    {
        var seen = new List<(double Seconds, string? Format, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == QipMetrics.MeterName && instrument.Name == "qip.office.conversion.duration") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            if (!Mine.Value) return;
            lock (seen) seen.Add((value, Tag(tags, "format"), Tag(tags, "outcome")));
        });
        listener.Start();
        Mine.Value = true;

        // A stand-in for soffice that writes a PDF where it is told to, then one that fails.
        var works = Script("works", "while [ $# -gt 0 ]; do if [ \"$1\" = --outdir ]; then out=$2; fi; shift; done; mkdir -p \"$out\"; printf '%%PDF-1.4 fake' > \"$out/paper.pdf\"");
        var pdf = await new PdfConverter(new PdfConverterOptions { OfficePath = works, TempFolder = _temp }).ConvertAsync([1, 2, 3], ".pptx");
        var fails = Script("fails", "exit 77");
        await Assert.ThrowsAsync<PdfConversionException>(() => new PdfConverter(new PdfConverterOptions { OfficePath = fails, TempFolder = _temp }).ConvertAsync([1, 2, 3]));

        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf));
        Assert.Equal(2, seen.Count);
        Assert.Equal(("pptx", "succeeded"), (seen[0].Format, seen[0].Outcome));
        Assert.Equal(("docx", "failed"), (seen[1].Format, seen[1].Outcome));
        Assert.All(seen, s => Assert.True(s.Seconds > 0));
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var t in tags) if (t.Key == name) return t.Value as string;
        return null;
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
