using System.Net.Http.Headers;
using System.Text;

namespace QipTracker.Web.Tests.Evidence;

/// <summary>Small real files and the multipart form a browser or script would send.</summary>
internal static class EvidenceTestFiles
{

    public static byte[] Pdf(string text = "Medicines storage audit") => Encoding.ASCII.GetBytes(
        $"%PDF-1.4\n% {text}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    public static byte[] Exe()
    {
        var bytes = new byte[300];
        "MZ"u8.CopyTo(bytes);
        return bytes;
    }

    public static MultipartFormDataContent Form(string fileName, byte[] bytes, string title = "Fridge temperature audit",
        string whatItShows = "All ward fridges logged twice daily for four weeks.", string contentType = "application/pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(title), "title" }, { new StringContent(whatItShows), "whatItShows" } };
    }
}

/// <summary>EvidenceDto as a client reads it.</summary>
internal sealed record EvidenceRow(Guid Id, string Kind, string Title, string WhatItShows, string? Url, string? FileName,
    string? ContentType, long? SizeBytes, string AddedBy, DateTimeOffset AddedAt);

internal sealed record RootCauseRow(Guid Id, string Reference, string Status, DateOnly? CompletedOn, long Version);

internal sealed record TimelineRow(DateTimeOffset At, string Who, string What, string Operation, string Field);

internal sealed record Problem(int Status, string Title, string Detail);
