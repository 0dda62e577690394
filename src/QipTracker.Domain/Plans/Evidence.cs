using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>What proves a root cause was fixed: a stored file, a link, or a note, and what it shows.</summary>
public sealed class Evidence : TenantEntity
{
    public Guid RootCauseId { get; private set; }
    public EvidenceKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public string WhatItShows { get; private set; } = "";
    public string? Url { get; private set; }
    public string? FileName { get; private set; }
    public string? ContentType { get; private set; }
    public long? SizeBytes { get; private set; }
    /// <summary>Key of the file in the file store (outside the web root); never a client-supplied path.</summary>
    public string? StorageKey { get; private set; }
    public Guid AddedBy { get; private set; }
    public DateTimeOffset AddedAt { get; private set; }

    private Evidence() { }

    private Evidence(Guid trustId, Guid rootCauseId, EvidenceKind kind, string title, string whatItShows, Guid addedBy, DateTimeOffset addedAt)
        : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(title)) throw new DomainException("Evidence needs a title.");
        RootCauseId = rootCauseId;
        Kind = kind;
        Title = title.Trim();
        WhatItShows = whatItShows?.Trim() ?? "";
        AddedBy = addedBy;
        AddedAt = addedAt;
    }

    public static Evidence Note(Guid trustId, Guid rootCauseId, string title, string whatItShows, Guid by, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(whatItShows)) throw new DomainException("A note as evidence must say what it shows.");
        return new(trustId, rootCauseId, EvidenceKind.Note, title, whatItShows, by, at);
    }

    public static Evidence Link(Guid trustId, Guid rootCauseId, string title, string url, string whatItShows, Guid by, DateTimeOffset at)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new DomainException($"'{url}' is not a web link (http or https).");
        return new(trustId, rootCauseId, EvidenceKind.Link, title, whatItShows, by, at) { Url = uri.ToString() };
    }

    public static Evidence File(Guid trustId, Guid rootCauseId, string title, string fileName, string contentType, long sizeBytes,
        string storageKey, string whatItShows, Guid by, DateTimeOffset at)
    {
        if (sizeBytes <= 0) throw new DomainException($"The file '{fileName}' is empty.");
        return new(trustId, rootCauseId, EvidenceKind.File, title, whatItShows, by, at)
        {
            FileName = Path.GetFileName(fileName),
            ContentType = contentType,
            SizeBytes = sizeBytes,
            StorageKey = storageKey,
        };
    }
}
