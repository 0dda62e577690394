using System.Diagnostics;
using QipTracker.Infrastructure.Telemetry;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Converts a DOCX to PDF with LibreOffice headless (Debian's <c>libreoffice-writer-nogui</c>). Each
/// conversion runs in a working folder of its own with its own LibreOffice profile: LibreOffice
/// allows one process per profile, so conversions sharing the default profile would block or fail
/// when they overlap. The folder is removed afterwards, whatever happens; it holds a copy of the paper, so only
/// this user may read it (mode 0700), and a folder left behind by a process that died mid-conversion is swept
/// away by <see cref="SweepLeftovers"/> at the next start.
/// </summary>
public sealed class PdfConverter(PdfConverterOptions? options = null)
{
    /// <summary>Every working folder's name starts with this, so a sweep removes nothing else.</summary>
    public const string WorkFolderPrefix = "qip-pdf-";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly PdfConverterOptions _options = options ?? new PdfConverterOptions();

    public PdfConverterOptions Options => _options;

    public Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default) =>
        ConvertAsync(docx, ".docx", cancellationToken);

    /// <summary>Any document LibreOffice reads, named by its extension (".docx", ".pptx") so it picks the right import filter.</summary>
    public async Task<byte[]> ConvertAsync(byte[] docx, string extension, CancellationToken cancellationToken = default)
    {
        if (extension is not (".docx" or ".pptx")) throw new ArgumentOutOfRangeException(nameof(extension), extension, "Only .docx and .pptx are converted.");
        var office = _options.OfficePath ?? FindOnPath("soffice", "libreoffice")
            ?? throw new PdfConversionException("LibreOffice (soffice) is not on the PATH: install libreoffice-writer-nogui.");
        if (!File.Exists(office)) throw new PdfConversionException($"LibreOffice was not found at {office}.");

        var work = NewWorkFolder();
        var started = Stopwatch.GetTimestamp();
        var outcome = QipMetrics.Failed;
        try
        {
            var input = Path.Combine(work, "paper" + extension);
            var output = Path.Combine(work, "out");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);

            var (exitCode, said) = await RunAsync(office,
            [
                "--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
                "-env:UserInstallation=" + new Uri(Path.Combine(work, "profile")).AbsoluteUri,
                "--convert-to", "pdf", "--outdir", output, input,
            ], cancellationToken);

            // LibreOffice can exit 0 having written nothing (e.g. a file it cannot read), so the PDF is the proof.
            var pdf = Path.Combine(output, "paper.pdf");
            if (exitCode != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
                throw new PdfConversionException($"LibreOffice could not convert the document to PDF (exit code {exitCode}).", said);
            var bytes = await File.ReadAllBytesAsync(pdf, cancellationToken);
            outcome = QipMetrics.Succeeded;
            return bytes;
        }
        finally
        {
            QipMetrics.OfficeConversionDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("format", extension.TrimStart('.')), new KeyValuePair<string, object?>("outcome", outcome));
            TryDelete(work);
        }
    }

    private async Task<(int ExitCode, string Output)> RunAsync(string office, string[] arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(office) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        using var process = Process.Start(start) ?? throw new PdfConversionException($"Could not start {office}.");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // soffice is a wrapper around soffice.bin: kill the whole tree, and wait, so the folder can go.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            throw new PdfConversionException($"LibreOffice did not finish converting the document to PDF within {_options.Timeout.TotalSeconds:0.###} s and was stopped.", await Said(stdout, stderr));
        }
        return (process.ExitCode, await Said(stdout, stderr));
    }

    private static async Task<string> Said(Task<string> stdout, Task<string> stderr) =>
        string.Join(Environment.NewLine, new[] { await stderr, await stdout }.Select(s => s.Trim()).Where(s => s.Length > 0));

    private static string? FindOnPath(params string[] names) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);

    /// <summary>
    /// Removes working folders left behind by a process that stopped mid-conversion (a crash, a kill). Only folders
    /// untouched for twice the conversion time-out (at least ten minutes) go, so a conversion still running in
    /// another process sharing the folder (a command-line verb, another app node) is left alone. Returns how many went.
    /// </summary>
    public int SweepLeftovers()
    {
        var root = _options.TempFolder ?? Path.GetTempPath();
        if (!Directory.Exists(root)) return 0;
        var cutoff = DateTime.UtcNow - TimeSpan.FromTicks(Math.Max(2 * _options.Timeout.Ticks, TimeSpan.FromMinutes(10).Ticks));
        var swept = 0;
        foreach (var folder in Directory.EnumerateDirectories(root, WorkFolderPrefix + "*"))
        {
            try
            {
                if (Directory.GetLastWriteTimeUtc(folder) > cutoff) continue;
            }
            catch (IOException) { continue; }
            catch (UnauthorizedAccessException) { continue; }  // another user's, in a shared temp folder
            if (TryDelete(folder)) swept++;
        }
        return swept;
    }

    private string NewWorkFolder()
    {
        // Without a folder of its own, the system's temp folder: CreateTempSubdirectory makes it private (0700) on Unix.
        if (_options.TempFolder is null) return Directory.CreateTempSubdirectory(WorkFolderPrefix).FullName;
        var work = Path.Combine(_options.TempFolder, WorkFolderPrefix + Guid.NewGuid().ToString("N"));
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(work);
        else
        {
            // Each level made here is private (CreateDirectory applies the mode to the last one only).
            if (!Directory.Exists(_options.TempFolder)) Directory.CreateDirectory(_options.TempFolder, OwnerOnly);
            Directory.CreateDirectory(work, OwnerOnly);
        }
        return work;
    }

    private static bool TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); return true; }
        catch (IOException) { return false; }                 // a leftover temp folder must not hide the real outcome
        catch (UnauthorizedAccessException) { return false; }
    }
}
