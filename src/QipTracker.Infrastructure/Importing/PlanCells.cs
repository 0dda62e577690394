using System.Globalization;
using System.Net.Mail;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// How a cell's text becomes a value and back. Reading is forgiving about spaces, hyphens and
/// case ("Must Do", "Well-led", "In Progress"); writing always uses the canonical names.
/// </summary>
public static class PlanCells
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    // MustDo and ShouldDo are what a plan spreadsheet has; the two rarer kinds are read too so that
    // an export of a register holding notice requirements or Well-led recommendations re-imports.
    public static bool TryKind(string text, out FindingKind kind) => TryEnum(text, out kind);

    public static bool TryDomain(string text, out CqcDomain domain) => TryEnum(text, out domain);

    public static bool TryStatus(string text, out RootCauseStatus status) => TryEnum(text, out status);

    /// <summary>
    /// ISO yyyy-MM-dd or UK dd/MM/yyyy (the day may drop its leading zero). Two-digit years and
    /// other orders are refused: 03/04/26 could be read three ways.
    /// </summary>
    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A plain address (no display name) with a dotted domain, e.g. jane.smith@nhs.net.</summary>
    public static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address)
        && address.Address == text
        && address.Host.Contains('.')
        && !address.Host.StartsWith('.') && !address.Host.EndsWith('.');

    /// <summary>Evidence that starts like a web address is a link and must be a valid http(s) one; anything else is a note.</summary>
    public static bool LooksLikeLink(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static bool IsWebLink(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A row as cells in <see cref="PlanColumns.All"/> order, for export.</summary>
    public static IReadOnlyList<string> ToCells(PlanRow row) =>
    [
        row.Isg, row.FindingRef, row.FindingKind.ToString(), row.FindingDomain?.ToString() ?? "", row.CoreService ?? "",
        row.FindingText, row.RootCauseRef, row.RootCauseText, row.OwnerEmail, Date(row.BaselineDue), Date(row.ForecastDue),
        row.Status.ToString(), Date(row.CompletedOn), row.Evidence ?? "", row.KloeCode ?? "", row.PromptCode ?? "",
        Date(row.AddedToPlanOn),
    ];

    private static bool TryEnum<T>(string text, out T value) where T : struct, Enum
    {
        var key = Squeeze(text);
        foreach (var candidate in Enum.GetValues<T>())
            if (Squeeze(candidate.ToString()) == key && key.Length > 0)
            {
                value = candidate;
                return true;
            }
        value = default;
        return false;
    }

    // "Well-led", "well led" and "WellLed" all become "wellled".
    private static string Squeeze(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
