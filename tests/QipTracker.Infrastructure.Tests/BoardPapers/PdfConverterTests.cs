using System.Globalization;
using System.Diagnostics;
using QipTracker.Infrastructure.BoardPapers;
using Xunit.Abstractions;

namespace QipTracker.Infrastructure.Tests.BoardPapers;

public sealed class PdfConverterTests(PdfConversionFixture pdfs, ITestOutputHelper output) : IClassFixture<PdfConversionFixture>, IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("qip-pdf-test-").FullName;

    [Fact]
    public void The_board_paper_pdf_has_the_cover_fields_and_headings_in_order()
    {
        output.WriteLine($"Two conversions side by side took {pdfs.Elapsed.TotalSeconds:0.0} s; the board paper has {pdfs.BoardPaper.Pages} pages.");
        Assert.True(pdfs.BoardPaper.Pages > 1);
        pdfs.BoardPaper.AssertInOrder(
            "Quality Improvement Plan: monthly progress report", "Cover sheet",
            "Meeting Trust Board (Public)", "Meeting date 26 November 2026", "Date written 12 November 2026",
            "Responsible director Dr Amara Okafor, Chief Nurse", "Author Gareth Lloyd, Head of PMO",
            "The board is asked to:", "Take assurance", "FOI status Can be published",
            "1 Situation", "2 Background", "2.1 Ratings", "2.2 Enforcement notices", "2.3 Improvement steering groups",
            "3 Assessment", "3.1 Delivery against trajectory", "3.2 Progress by improvement steering group",
            "3.2.1 Unscheduled Care", "3.2.2 Women's & Children's", "3.2.3 Well-led",
            "3.3 Well-led plan by KLOE", "3.4 Key performance indicators (SPC)", "3.5 Exceptions",
            "3.6 Change requests approved", "4 Recommendation");
    }

    [Fact]
    public void The_board_paper_pdf_shows_each_isgs_figures()
    {
        pdfs.BoardPaper.AssertInOrder(
            "Unscheduled Care 14 48 30 40 75.0%",
            "Women's & Children's 11 37 17 23 73.9%",
            "Well-led 9 21 0 0 —",
            "Total 34 106 47 63 74.6%");
        pdfs.BoardPaper.AssertInOrder("Figure 1: Must Do root causes", "Figure 2: Should Do root causes", "▲ Improving", "RC-");
    }

    [Fact]
    public void The_partner_pack_pdf_ends_with_partner_feedback()
    {
        Assert.True(pdfs.PartnerPack.Pages > 0);
        pdfs.PartnerPack.AssertInOrder("System partner oversight pack", "Summary", "1 Progress against trajectory", "Total 34 106 47 63 74.6%",
            "2 Exceptions", "3 Key performance indicators (SPC)", "4 Partner feedback", "Organisation Comments and questions Assurance requested");
        Assert.DoesNotContain("Trust Board (Public)", pdfs.PartnerPack.Text);
    }

    [Fact]
    public async Task A_failed_conversion_says_what_libreoffice_said_and_leaves_no_files()
    {
        var office = Script("echo 'Error: source file could not be loaded' >&2; exit 77");

        var error = await Assert.ThrowsAsync<PdfConversionException>(() =>
            new PdfConverter(new PdfConverterOptions { OfficePath = office, TempFolder = _temp }).ConvertAsync([1, 2, 3]));

        Assert.Contains("exit code 77", error.Message);
        Assert.Equal("Error: source file could not be loaded", error.OfficeOutput);
        Assert.Equal([office], Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public async Task A_conversion_that_hangs_is_stopped_at_the_timeout()
    {
        // The fake office leaves a child behind, as LibreOffice's launcher does; it records the child's id outside the temp folder.
        var pidFile = Path.GetTempFileName();
        var office = Script($"echo 'starting' >&2; sleep 60 & echo $! > {pidFile}; wait");

        var error = await Assert.ThrowsAsync<PdfConversionException>(() =>
            new PdfConverter(new PdfConverterOptions { OfficePath = office, TempFolder = _temp, Timeout = TimeSpan.FromSeconds(1) }).ConvertAsync([1, 2, 3]));

        Assert.Contains("within 1 s", error.Message);
        Assert.Contains("starting", error.OfficeOutput);
        Assert.Equal([office], Directory.GetFileSystemEntries(_temp));
        var child = int.Parse(File.ReadAllText(pidFile).Trim(), CultureInfo.InvariantCulture);
        File.Delete(pidFile);
        Assert.True(await GoneAsync(child), $"the converter's child process {child} is still running after the timeout");
    }

    [Fact]
    public async Task A_missing_libreoffice_is_reported_plainly()
    {
        var missing = Path.Combine(_temp, "no-such-soffice");

        var error = await Assert.ThrowsAsync<PdfConversionException>(() =>
            new PdfConverter(new PdfConverterOptions { OfficePath = missing, TempFolder = _temp }).ConvertAsync([1]));

        Assert.Equal($"LibreOffice was not found at {missing}.", error.Message);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public async Task Each_conversion_works_in_a_folder_only_the_apps_user_can_read()
    {
        // The stand-in records the mode of the folder holding the paper it was given (its last argument), then fails.
        var modes = Path.Combine(_temp, "modes");
        var office = Script($"for a; do last=$a; done; stat -c %a \"$(dirname \"$last\")\" > {modes}; exit 3");
        var root = Path.Combine(_temp, "work");

        await Assert.ThrowsAsync<PdfConversionException>(() =>
            new PdfConverter(new PdfConverterOptions { OfficePath = office, TempFolder = root }).ConvertAsync([1, 2, 3]));
        Assert.Equal("700", (await File.ReadAllTextAsync(modes)).Trim());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(root));

        await Assert.ThrowsAsync<PdfConversionException>(() =>
            new PdfConverter(new PdfConverterOptions { OfficePath = office }).ConvertAsync([1, 2, 3]));
        Assert.Equal("700", (await File.ReadAllTextAsync(modes)).Trim());
    }

    [Fact]
    public void Folders_left_by_a_conversion_that_died_are_swept_and_running_ones_are_not()
    {
        var root = Directory.CreateDirectory(Path.Combine(_temp, "work")).FullName;
        var dead = Directory.CreateDirectory(Path.Combine(root, PdfConverter.WorkFolderPrefix + "dead")).FullName;
        File.WriteAllText(Path.Combine(dead, "paper.docx"), "a paper's content");
        Directory.SetLastWriteTimeUtc(dead, DateTime.UtcNow.AddHours(-3));
        var running = Directory.CreateDirectory(Path.Combine(root, PdfConverter.WorkFolderPrefix + "running")).FullName;
        var other = Directory.CreateDirectory(Path.Combine(root, "not-ours")).FullName;
        Directory.SetLastWriteTimeUtc(other, DateTime.UtcNow.AddHours(-3));

        var swept = new PdfConverter(new PdfConverterOptions { TempFolder = root }).SweepLeftovers();

        Assert.Equal(1, swept);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(running));
        Assert.True(Directory.Exists(other));
    }

    /// <summary>A stand-in for soffice: a shell script that behaves as the test needs.</summary>
    /// <summary>Whether a process has ended (a zombie awaiting its reaper counts as ended), allowing the kernel a moment.</summary>
    private static async Task<bool> GoneAsync(int pid)
    {
        for (var i = 0; i < 50; i++)
        {
            var stat = $"/proc/{pid}/stat";
            if (!File.Exists(stat)) return true;
            try { if (File.ReadAllText(stat).Split(") ")[^1].StartsWith('Z')) return true; } catch (IOException) { return true; }
            await Task.Delay(100);
        }
        return false;
    }

    private string Script(string body)
    {
        var path = Path.Combine(_temp, "fake-soffice");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
