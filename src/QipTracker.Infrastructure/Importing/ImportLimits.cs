using Microsoft.Extensions.Configuration;
using QipTracker.Domain.Common;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// How big an uploaded spreadsheet (a plan, a CSV of KPI measurements) may be, from the <c>Import</c> section.
/// Each limit is checked while the file is read, so an oversized or "zip bomb" file is refused with a message
/// naming the limit long before it could exhaust memory or CPU. The defaults fit a large plan many times over.
/// </summary>
public sealed record ImportLimits
{
    public const string Section = "Import";

    /// <summary>Data rows a file may have (blank rows in between count: they are still read).</summary>
    public int MaxRows { get; init; } = 10_000;

    /// <summary>Columns a row may span with values in them.</summary>
    public int MaxColumns { get; init; } = 50;

    /// <summary>Empty columns past <see cref="MaxColumns"/> are let through (spreadsheets save trailing blank ones), but only so many.</summary>
    public const int EmptyColumnsTolerated = 256;

    /// <summary>Characters one cell may hold; the columns' own limits are shorter still.</summary>
    public int MaxFieldLength { get; init; } = InputLimits.Document;

    /// <summary>Bytes an uploaded file may have.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Bytes the parts of an XLSX (a zip) may unpack to, all together.</summary>
    public long MaxUncompressedBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>How many times smaller than its content a part of an XLSX may be packed; real workbooks pack 5–20 times.</summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Row errors listed in a refusal; the rest are counted.</summary>
    public int MaxErrors { get; init; } = 200;

    /// <summary>The key of a setting, for messages: "Import:MaxRows".</summary>
    public static string Key(string name) => $"{Section}:{name}";

    /// <summary>Reads the <c>Import</c> section; a value that is not a whole number in range stops start-up naming the key.</summary>
    public static ImportLimits From(IConfiguration config)
    {
        var defaults = new ImportLimits();
        var section = config.GetSection(Section);
        return new ImportLimits
        {
            MaxRows = (int)SettingNumber.Read(section, nameof(MaxRows), defaults.MaxRows, 1, 1_000_000),
            MaxColumns = (int)SettingNumber.Read(section, nameof(MaxColumns), defaults.MaxColumns, PlanColumns.All.Count, 16_384),
            MaxFieldLength = (int)SettingNumber.Read(section, nameof(MaxFieldLength), defaults.MaxFieldLength, InputLimits.Text, 1_000_000),
            MaxFileBytes = SettingNumber.Read(section, nameof(MaxFileBytes), defaults.MaxFileBytes, 1024, 1024L * 1024 * 1024),
            MaxUncompressedBytes = SettingNumber.Read(section, nameof(MaxUncompressedBytes), defaults.MaxUncompressedBytes, 1024, 4L * 1024 * 1024 * 1024),
            MaxCompressionRatio = (int)SettingNumber.Read(section, nameof(MaxCompressionRatio), defaults.MaxCompressionRatio, 2, 10_000),
            MaxErrors = (int)SettingNumber.Read(section, nameof(MaxErrors), defaults.MaxErrors, 1, 100_000),
        };
    }

}
