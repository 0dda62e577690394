using System.Diagnostics;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// Converts a DOCX to PDF with LibreOffice headless (Debian's <c>libreoffice-writer-nogui</c>). Each
/// conversion runs in a working folder of its own with its own LibreOffice profile: LibreOffice
/// allows one process per profile, so conversions sharing the default profile would block or fail
/// when they overlap. The folder is removed afterwards, whatever happens.
/// </summary>
public sealed class PdfConverter(PdfConverterOptions? options = null)
{
    private readonly PdfConverterOptions _options = options ?? new PdfConverterOptions();

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        var office = _options.OfficePath ?? FindOnPath("soffice", "libreoffice")
            ?? throw new PdfConversionException("LibreOffice (soffice) is not on the PATH: install libreoffice-writer-nogui.");
        if (!File.Exists(office)) throw new PdfConversionException($"LibreOffice was not found at {office}.");

        var work = Path.Combine(_options.TempFolder ?? Path.GetTempPath(), "qip-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            var input = Path.Combine(work, "paper.docx");
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
            return await File.ReadAllBytesAsync(pdf, cancellationToken);
        }
        finally
        {
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

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { }                 // a leftover temp folder must not hide the real outcome
        catch (UnauthorizedAccessException) { }
    }
}
