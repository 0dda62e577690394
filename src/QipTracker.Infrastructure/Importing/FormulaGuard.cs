namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula, so a
/// finding text like "=HYPERLINK(...)" could act on the PMO's machine when an export is opened.
/// Export prefixes such cells with a single quote (OWASP's advice); import takes that quote off
/// again, so an export re-imports unchanged. The plan's columns hold no numbers, so nothing
/// numeric is harmed by the prefix.
/// </summary>
public static class FormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string value) =>
        value.Length > 0 && Triggers.Contains(value[0]) ? "'" + value : value;

    /// <summary>Undoes <see cref="Neutralise"/>: only a quote that is followed by a trigger is taken off.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && Triggers.Contains(value[1]) ? value[1..] : value;
}
