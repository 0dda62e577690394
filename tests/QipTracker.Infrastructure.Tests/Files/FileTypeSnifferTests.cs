using QipTracker.Infrastructure.Files;

namespace QipTracker.Infrastructure.Tests.Files;

public sealed class FileTypeSnifferTests
{
    private static Task<SniffResult> Sniff(string fileName, byte[] bytes) => FileTypeSniffer.SniffAsync(fileName, new MemoryStream(bytes));

    public static TheoryData<string, Func<byte[]>, string> AcceptedFiles => new()
    {
        { "medicines-audit.pdf", SampleFiles.Pdf, "application/pdf" },
        { "fridge-log.png", SampleFiles.Png, "image/png" },
        { "Ward 7 board.JPG", SampleFiles.Jpeg, "image/jpeg" },
        { "ward7.jpeg", SampleFiles.Jpeg, "image/jpeg" },
        { "chart.gif", SampleFiles.Gif, "image/gif" },
        { "SOP v3.docx", SampleFiles.Docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "training-matrix.xlsx", SampleFiles.Xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "isg-update.pptx", SampleFiles.Pptx, "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "old-policy.doc", SampleFiles.CompoundFile, "application/msword" },
        { "old-tracker.xls", SampleFiles.CompoundFile, "application/vnd.ms-excel" },
        { "email from CQC.msg", SampleFiles.CompoundFile, "application/vnd.ms-outlook" },
        { "audit.csv", SampleFiles.Csv, "text/csv" },
        { "audit-excel.csv", SampleFiles.CsvWithBom, "text/csv" },
        { "spot-check.txt", SampleFiles.Text, "text/plain" },
        { "results.eml", SampleFiles.Eml, "message/rfc822" },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task Each_allowed_kind_of_file_is_recognised_from_its_content(string fileName, Func<byte[]> bytes, string contentType)
    {
        var result = await Sniff(fileName, bytes());

        Assert.True(result.IsAccepted, result.Refusal);
        Assert.Equal(contentType, result.Type!.ContentType);
    }

    public static TheoryData<string, Func<byte[]>, string> RefusedFiles => new()
    {
        { "setup.exe", SampleFiles.Exe, "program" },
        { "audit.pdf", SampleFiles.Exe, "program" },                      // a program renamed .pdf
        { "run.sh", SampleFiles.Script, "script" },
        { "page.html", SampleFiles.Html, "HTML" },
        { "page.txt", SampleFiles.Html, "HTML" },                         // a web page renamed .txt
        { "logo.svg", SampleFiles.Svg, "markup" },
        { "app.js", SampleFiles.JavaScript, "'.js' files are not accepted" },
        { "report.docx", SampleFiles.Pdf, "its content is a PDF document, but its name ends in '.docx'" },
        { "photo.pdf", SampleFiles.Png, "PNG image" },
        { "evidence.zip", SampleFiles.PlainZip, "ZIP archive" },
        { "evidence.docx", SampleFiles.PlainZip, "ZIP archive" },         // a plain zip renamed .docx
        { "tracker.docx", SampleFiles.Xlsx, "Excel workbook" },
        { "policy.docx", SampleFiles.DocxWithMacros, "macros" },
        { "old-policy.pdf", SampleFiles.CompoundFile, "older Office file" },
        { "audit.csv", SampleFiles.Utf16Csv, "NUL" },                     // Excel's "Unicode text"
        { "owners.csv", SampleFiles.Latin1Csv, "not UTF-8" },
        { "results.eml", SampleFiles.Text, "email headers" },
        { "README", SampleFiles.Text, "no extension" },
        { "empty.pdf", () => [], "empty" },
        { "broken.docx", () => [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6], "cannot be read" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task Anything_else_is_refused_with_a_message_naming_the_file_and_why(string fileName, Func<byte[]> bytes, string why)
    {
        var result = await Sniff(fileName, bytes());

        Assert.False(result.IsAccepted);
        Assert.Null(result.Type);
        Assert.StartsWith($"'{fileName}' is not accepted as evidence: ", result.Refusal);
        Assert.Contains(why, result.Refusal);
    }

    [Fact]
    public async Task A_binary_file_named_csv_is_refused_with_the_kinds_that_are_accepted()
    {
        var result = await Sniff("export.csv", [0x01, 0x02, 0xFE, 0x00, 0x17]);

        Assert.Contains("'export.csv'", result.Refusal);
        Assert.Contains("PDF, PNG, JPEG", result.Refusal);
    }

    [Fact]
    public async Task Only_the_file_name_is_kept_from_a_client_path()
    {
        var result = await Sniff(@"../../etc/report.docx", SampleFiles.Pdf());
        Assert.StartsWith("'report.docx'", result.Refusal);
    }

    [Fact]
    public async Task The_stream_is_left_at_its_start_for_storing()
    {
        foreach (var (name, bytes) in new[] { ("a.pdf", SampleFiles.Pdf()), ("a.docx", SampleFiles.Docx()), ("a.csv", SampleFiles.Csv()), ("a.exe", SampleFiles.Exe()) })
        {
            var stream = new MemoryStream(bytes);
            await FileTypeSniffer.SniffAsync(name, stream);
            Assert.Equal(0, stream.Position);
        }
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_must_be_made_seekable_first()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => FileTypeSniffer.SniffAsync("a.pdf", new OneWayStream(SampleFiles.Pdf())));

        await using var copy = await SeekableContent.EnsureAsync(new OneWayStream(SampleFiles.Docx()), maxBytes: 1024 * 1024);
        Assert.Equal(EvidenceFileType.Docx, (await FileTypeSniffer.SniffAsync("a.docx", copy)).Type);
    }

    [Fact]
    public async Task A_seekable_copy_stops_one_byte_past_the_limit()
    {
        await using var copy = await SeekableContent.EnsureAsync(new OneWayStream(new byte[10_000]), maxBytes: 100);
        Assert.Equal(101, copy.Length);
    }

    [Fact]
    public async Task A_long_text_file_is_checked_to_its_last_byte()
    {
        var text = new byte[200_000];
        Array.Fill(text, (byte)'a');
        text[^1] = 0xC3; // the first byte of a two-byte sequence, cut off by the end of the file

        var result = await Sniff("long.txt", text);

        Assert.Contains("not UTF-8", result.Refusal);
    }
}
