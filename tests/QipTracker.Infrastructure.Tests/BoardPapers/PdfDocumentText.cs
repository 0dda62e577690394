using UglyToad.PdfPig;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

/// <summary>A PDF read back with PdfPig: its page count and its words, in reading order, joined by single spaces.</summary>
public sealed record PdfDocumentText(int Pages, string Text)
{
    public static PdfDocumentText Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        return new PdfDocumentText(document.NumberOfPages, string.Join(" ", words));
    }

    /// <summary>Asserts each phrase appears, each after the one before.</summary>
    public void AssertInOrder(params string[] phrases)
    {
        var at = 0;
        foreach (var phrase in phrases)
        {
            var found = Text.IndexOf(phrase, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"\"{phrase}\" not found after position {at} of the PDF text:\n{Text}");
            at = found + phrase.Length;
        }
    }
}
