using System.Globalization;
using QipTracker.Domain.Common;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Text as a paper prints it, in one place for every writer: whatever was stored (including data from before the
/// input policy, or written around it) must not break the document. Characters XML cannot hold (NUL, U+FFFF, …)
/// are dropped, line breaks are made "\n", and one text prints at most <see cref="MaxPrinted"/> characters, so a
/// pasted megabyte cannot make the paper hundreds of pages long or LibreOffice time out converting it.
/// </summary>
public static class PaperText
{
    /// <summary>The longest text a person may enter; anything longer was stored before the limits existed.</summary>
    public const int MaxPrinted = InputLimits.Document;

    public static string Printable(string? text)
    {
        var clean = InputText.Printable(text);
        if (clean.Contains('\r')) clean = clean.Replace("\r\n", "\n").Replace('\r', '\n');
        if (clean.Length <= MaxPrinted) return clean;
        var cut = char.IsHighSurrogate(clean[MaxPrinted - 1]) ? MaxPrinted - 1 : MaxPrinted;
        return clean[..cut] + $" … [shortened for the paper: the full text has {clean.Length.ToString("N0", CultureInfo.InvariantCulture)} characters]";
    }
}
