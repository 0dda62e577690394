using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace QipTracker.Infrastructure.Files;

/// <summary>
/// Decides what an uploaded file is from its content (its first bytes, and for Office files the
/// parts inside the ZIP), then checks that the name agrees. A name is only a claim: a program
/// renamed .pdf, a PDF renamed .docx or a web page renamed .txt are all refused, each with a
/// sentence that names the file and says why.
/// </summary>
public static partial class FileTypeSniffer
{
    private enum Magic { None, Pdf, Png, Jpeg, Gif, Zip, Compound, Program, Script }

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] ElfSignature = [0x7F, 0x45, 0x4C, 0x46];

    /// <summary>Reads the stream from its start (it must be seekable) and leaves it at its start again.</summary>
    public static async Task<SniffResult> SniffAsync(string fileName, Stream content, CancellationToken ct = default)
    {
        if (!content.CanSeek)
            throw new ArgumentException("The sniffer reads a file more than once: pass a seekable stream (see SeekableContent).", nameof(content));
        var name = Path.GetFileName(fileName ?? "");
        var extension = Path.GetExtension(name);

        content.Position = 0;
        var head = new byte[8];
        var read = await content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        content.Position = 0;
        if (read == 0) return SniffResult.Refuse(name, "it is empty");

        return Identify(head.AsSpan(0, read)) switch
        {
            Magic.Pdf => ByName(name, extension, EvidenceFileType.Pdf),
            Magic.Png => ByName(name, extension, EvidenceFileType.Png),
            Magic.Jpeg => ByName(name, extension, EvidenceFileType.Jpeg),
            Magic.Gif => ByName(name, extension, EvidenceFileType.Gif),
            Magic.Zip => Office(name, extension, content),
            Magic.Compound => CompoundFile(name, extension),
            Magic.Program => SniffResult.Refuse(name, "it is a program (an executable), not a document"),
            Magic.Script => SniffResult.Refuse(name, "it is a script, not a document"),
            _ => await TextAsync(name, extension, content, ct),
        };
    }

    private static Magic Identify(ReadOnlySpan<byte> head) => head switch
    {
        _ when head.StartsWith("%PDF-"u8) => Magic.Pdf,
        _ when head.StartsWith(PngSignature) => Magic.Png,
        _ when head.StartsWith(JpegSignature) => Magic.Jpeg,
        _ when head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8) => Magic.Gif,
        _ when head.StartsWith(ZipSignature) => Magic.Zip,
        _ when head.StartsWith(CompoundFileSignature) => Magic.Compound,
        _ when head.StartsWith("MZ"u8) || head.StartsWith(ElfSignature) => Magic.Program,
        _ when head.StartsWith("#!"u8) => Magic.Script,
        _ => Magic.None,
    };

    private static SniffResult ByName(string name, string extension, EvidenceFileType type) =>
        type.Fits(extension)
            ? SniffResult.Accept(type)
            : SniffResult.Refuse(name, $"its content is {type.Name}, but its name {EndsIn(extension)}; rename it to end in {type.Extensions[0]}, or choose the right file");

    /// <summary>DOCX, XLSX and PPTX are ZIP packages with [Content_Types].xml and a word/, xl/ or ppt/ part. Only the directory is read, nothing is unpacked.</summary>
    private static SniffResult Office(string name, string extension, Stream content)
    {
        List<string> entries;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            entries = zip.Entries.Select(e => e.FullName).ToList();
        }
        catch (InvalidDataException)
        {
            return SniffResult.Refuse(name, "it starts like a ZIP archive but cannot be read as one");
        }
        finally
        {
            content.Position = 0;
        }

        if (!entries.Contains("[Content_Types].xml"))
            return SniffResult.Refuse(name, "it is a ZIP archive, not a Word, Excel or PowerPoint file; upload the documents themselves");
        if (entries.Any(e => e.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
            return SniffResult.Refuse(name, "it contains macros, which can run code when opened; save it without macros (.docx, .xlsx or .pptx)");
        var type = entries.Any(e => e.StartsWith("word/", StringComparison.Ordinal)) ? EvidenceFileType.Docx
            : entries.Any(e => e.StartsWith("xl/", StringComparison.Ordinal)) ? EvidenceFileType.Xlsx
            : entries.Any(e => e.StartsWith("ppt/", StringComparison.Ordinal)) ? EvidenceFileType.Pptx
            : null;
        return type is null
            ? SniffResult.Refuse(name, "it is an Office-style package, but not a Word, Excel or PowerPoint file")
            : ByName(name, extension, type);
    }

    // .doc, .xls and .msg share one container format; telling them apart would mean parsing it, so the name decides among them.
    private static SniffResult CompoundFile(string name, string extension) =>
        EvidenceFileType.CompoundFiles.FirstOrDefault(t => t.Fits(extension)) is { } type
            ? SniffResult.Accept(type)
            : SniffResult.Refuse(name, $"its content is an older Office file (.doc, .xls or .msg), but its name {EndsIn(extension)}");

    private static async Task<SniffResult> TextAsync(string name, string extension, Stream content, CancellationToken ct)
    {
        var (problem, start) = await ReadUtf8Async(content, ct);
        if (problem is not null)
            return SniffResult.Refuse(name, $"{problem}, and it is not a kind of file accepted as evidence ({EvidenceFileType.Accepted})");

        var text = start.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length >= 2 && text[0] == '<' && (char.IsLetter(text[1]) || text[1] is '!' or '?' or '/'))
            return SniffResult.Refuse(name, "it is HTML or XML markup (a web page, an SVG image or similar), which a browser could run");

        var type = EvidenceFileType.TextFiles.FirstOrDefault(t => t.Fits(extension));
        if (type is null)
            return SniffResult.Refuse(name, extension.Length == 0
                ? $"its name has no extension; evidence may be {EvidenceFileType.Accepted}"
                : $"'{extension}' files are not accepted; evidence may be {EvidenceFileType.Accepted}");
        if (type == EvidenceFileType.Eml && !MailHeader().IsMatch(text))
            return SniffResult.Refuse(name, "its name ends in .eml but it does not start with email headers");
        return SniffResult.Accept(type);
    }

    /// <summary>Checks every byte: strict UTF-8 and no NUL (which binary files and UTF-16 text have). Returns the problem, or the start of the text.</summary>
    private static async Task<(string? Problem, string Start)> ReadUtf8Async(Stream content, CancellationToken ct)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        var start = new StringBuilder();
        try
        {
            content.Position = 0;
            int read;
            while ((read = await content.ReadAsync(bytes, ct)) > 0)
            {
                if (bytes.AsSpan(0, read).Contains((byte)0))
                    return ("it contains NUL bytes, as binary files and UTF-16 text do", "");
                var count = decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                if (start.Length < 512) start.Append(chars, 0, Math.Min(count, 512 - start.Length));
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true); // a sequence cut off at the end is invalid too
            return (null, start.ToString());
        }
        catch (DecoderFallbackException)
        {
            return ("it is not UTF-8 text", "");
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static string EndsIn(string extension) => extension.Length == 0 ? "has no extension" : $"ends in '{extension}'";

    [GeneratedRegex(@"\A[A-Za-z][A-Za-z0-9-]*:")]
    private static partial Regex MailHeader();
}
