using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Hosting;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// LibreOffice's working copies of papers (issue 10: a crash mid-paper left world-readable copies under /tmp/qip-pdf-*)
/// live in a folder only the app's user can read, under the data folder, and what a crash leaves is swept at start-up.
/// </summary>
[Collection(OnSqlite.Name)]
public sealed class PaperWorkFolderTests(SqliteApp app)
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void Papers_are_converted_in_a_private_folder_under_the_data_folder()
    {
        var work = Path.Combine(app.DataFolder, BoardPapersSetup.WorkFolderName);

        Assert.Equal(work, app.Services.GetRequiredService<PdfConverter>().Options.TempFolder);
        Assert.Equal(OwnerOnly, File.GetUnixFileMode(work));
    }

    [Fact]
    public async Task The_start_up_sweep_removes_what_a_crashed_conversion_left()
    {
        var work = app.Services.GetRequiredService<PdfConverter>().Options.TempFolder!;
        var leftover = Directory.CreateDirectory(Path.Combine(work, PdfConverter.WorkFolderPrefix + Guid.NewGuid().ToString("N"))).FullName;
        await File.WriteAllTextAsync(Path.Combine(leftover, "paper.docx"), "the board paper, half converted");
        Directory.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddDays(-1));

        StartupTasks.SweepPaperWorkFolders(app.Services);

        Assert.False(Directory.Exists(leftover));
    }

    [Fact]
    public void The_setting_still_chooses_another_folder()
    {
        var chosen = Directory.CreateTempSubdirectory("qip-chosen-").FullName;
        try
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["BoardPapers:TempFolder"] = chosen }).Build();
            var services = new ServiceCollection().AddSingleton(new QipOptions(DatabaseProvider.Sqlite, "Data Source=unused.db", app.DataFolder));

            services.AddQipBoardPapers(config);

            Assert.Equal(chosen, services.BuildServiceProvider().GetRequiredService<PdfConverter>().Options.TempFolder);
        }
        finally
        {
            Directory.Delete(chosen, recursive: true);
        }
    }
}
