using QipTracker.Infrastructure;
using QipTracker.Infrastructure.BoardPapers;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>When the monthly job drafts the paper: on this working day of the month (1 = the first).</summary>
public sealed record BoardPaperOptions(int DraftOnWorkingDay)
{
    public const string Section = "BoardPapers";
    public const int DefaultWorkingDay = 5;
    /// <summary>Every month has at least this many working days, so the day always comes.</summary>
    public const int LatestWorkingDay = 15;
}

public static class BoardPapersSetup
{
    /// <summary>
    /// The paper writers and LibreOffice converter, from the <c>BoardPapers</c> section: <c>DraftOnWorkingDay</c>
    /// (default 5), <c>OfficePath</c> (default: soffice on the PATH), <c>TimeoutSeconds</c> (default 120) and
    /// <c>TempFolder</c> (default: <see cref="WorkFolderName"/> under the data folder, private to the app's user).
    /// A bad value stops start-up naming the key.
    /// </summary>
    public static IServiceCollection AddQipBoardPapers(this IServiceCollection services, IConfiguration config)
    {
        var section = config.GetSection(BoardPaperOptions.Section);
        var day = SettingNumber.Read(section, "DraftOnWorkingDay", BoardPaperOptions.DefaultWorkingDay, 1, BoardPaperOptions.LatestWorkingDay);
        var timeout = SettingNumber.Read(section, "TimeoutSeconds", 120, 5, 3600);
        var tempFolder = Blank(section["TempFolder"]);
        services.AddSingleton(new BoardPaperOptions(day));
        services.AddSingleton(sp => new PdfConverter(new PdfConverterOptions
        {
            Timeout = TimeSpan.FromSeconds(timeout),
            OfficePath = Blank(section["OfficePath"]),
            TempFolder = tempFolder ?? PrivateWorkFolder(sp.GetRequiredService<QipOptions>()),
        }));
        services.AddSingleton<IPaperChartRenderer, PaperCharts>();
        services.AddSingleton<DocxWriter>();
        services.AddSingleton<PptxWriter>();
        services.AddSingleton<HtmlWriter>();
        services.AddScoped<BoardPaperAssembler>();
        services.AddScoped<PaperFiles>();
        services.AddScoped<BoardPaperGenerator>();
        return services;
    }

    /// <summary>The default folder for LibreOffice's working copies of papers, under the data folder.</summary>
    public const string WorkFolderName = "tmp";

    /// <summary>
    /// &lt;DataFolder&gt;/tmp, readable by this user only (0700): working copies of papers are as confidential as the
    /// papers, unlike the system temp folder, which every user can list.
    /// </summary>
    private static string PrivateWorkFolder(QipOptions qip)
    {
        var folder = Path.Combine(qip.DataFolder, WorkFolderName);
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else
        {
            const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Directory.CreateDirectory(folder, ownerOnly);
            File.SetUnixFileMode(folder, ownerOnly); // also when an earlier version made it with the default mode
        }
        return folder;
    }


    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
