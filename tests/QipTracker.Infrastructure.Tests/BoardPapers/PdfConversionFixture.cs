using System.Diagnostics;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>
/// Converts the sample board paper and partner pack once for all the PDF tests — LibreOffice takes
/// seconds — and both at the same time, as two PMOs generating papers at once would.
/// </summary>
public sealed class PdfConversionFixture : IAsyncLifetime
{
    public PdfDocumentText BoardPaper { get; private set; } = null!;
    public PdfDocumentText PartnerPack { get; private set; } = null!;
    public TimeSpan Elapsed { get; private set; }

    public async Task InitializeAsync()
    {
        var writer = new DocxWriter();   // real ScottPlot charts: the PDF is what the board reads
        var paper = SamplePaper.Build();
        var converter = new PdfConverter();
        var clock = Stopwatch.StartNew();
        var pdfs = await Task.WhenAll(
            converter.ConvertAsync(writer.Write(paper, PaperKind.BoardPaper)),
            converter.ConvertAsync(writer.Write(paper, PaperKind.PartnerPack)));
        Elapsed = clock.Elapsed;
        BoardPaper = PdfDocumentText.Read(pdfs[0]);
        PartnerPack = PdfDocumentText.Read(pdfs[1]);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
