using System.Globalization;
using System.Text;

namespace QipTracker.Domain.Common;

/// <summary>
/// Which characters text may hold, wherever it comes from (a form, the API, an imported file). Refused: control
/// characters other than tab, line feed and carriage return (NUL and friends break XML, PostgreSQL and documents),
/// U+FFFE/U+FFFF and unpaired surrogates (not characters at all). File names may hold no control character at all,
/// nor the bidirectional override and isolate marks, which make "evil\u202Efdp.exe" read as "evilexe.pdf".
/// </summary>
public static class InputText
{
    /// <summary>Why the text is refused, naming the first bad character and where it is; null when it is fine.</summary>
    public static string? Problem(string? text) => Find(text, fileName: false);

    /// <summary>
    /// What text a person writes may not hold, wherever it arrives (a form, the API, an imported cell or note): the
    /// characters <see cref="Problem"/> refuses, then patient-identifiable data (<see cref="PatientData"/>).
    /// </summary>
    public static string? FreeTextProblem(string? text) => Problem(text) ?? PatientData.Problem(text);

    /// <summary>As <see cref="Problem"/>, and tab, line breaks and bidirectional controls are refused as well.</summary>
    public static string? FileNameProblem(string? text) => Find(text, fileName: true);

    /// <summary>True for a character no stored text may hold (the ones <see cref="Problem"/> names).</summary>
    public static bool IsRefused(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r') || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF';

    /// <summary>The bidirectional embedding, override and isolate marks (U+202A–U+202E, U+2066–U+2069).</summary>
    public static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static string? Find(string? text, bool fileName)
    {
        if (text is null) return null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return $"holds a broken character (an unpaired surrogate, {Code(c)}) at character {i + 1}.";
            // A file name ends up in download headers, where even a line break would start a header of its own.
            if (fileName && char.IsControl(c))
                return $"holds the control character {Code(c)} at character {i + 1}; a file name may hold no control characters.";
            if (IsRefused(c))
                return $"holds the control character {Code(c)} at character {i + 1}; only tab, line feed and carriage return may be used.";
            if (fileName && IsBidiControl(c))
                return $"holds the text-direction control {Code(c)} at character {i + 1}, which can disguise a file's type; rename the file.";
        }
        return null;
    }

    /// <summary>
    /// A value as a message quotes it back: in quotes, printable, and at most <paramref name="max"/> characters, so that
    /// an error about a megabyte-long cell is not itself a megabyte long.
    /// </summary>
    public static string Quote(string? text, int max = 100) => "'" + Shorten(text, max) + "'";

    /// <summary>The text printable and cut to at most <paramref name="max"/> characters (an ellipsis marks a cut).</summary>
    public static string Shorten(string? text, int max = 100)
    {
        var printable = Printable(text);
        if (printable.Length <= max) return printable;
        var cut = char.IsHighSurrogate(printable[max - 2]) ? max - 2 : max - 1;
        return printable[..cut] + "…";
    }

    /// <summary>"U+0000", as the Unicode standard names a character.</summary>
    public static string Code(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    /// <summary>
    /// The text with every refused character (and unpaired surrogate) dropped: for writing text that is already
    /// stored into a format that cannot hold them (XML, a document). Input is refused instead, never cleaned.
    /// </summary>
    public static string Printable(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            var drop = !pair && (char.IsSurrogate(c) || IsRefused(c));
            if (drop) clean ??= new StringBuilder(text, 0, i, text.Length);
            else
            {
                clean?.Append(c);
                if (pair) clean?.Append(text[i + 1]);
            }
            if (pair) i++;
        }
        return clean?.ToString() ?? text;
    }
}
