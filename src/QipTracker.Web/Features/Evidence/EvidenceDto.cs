using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Evidence;

/// <summary>One piece of evidence as pages and the API show it; a file is fetched through its download endpoint.</summary>
public sealed record EvidenceDto(Guid Id, EvidenceKind Kind, string Title, string WhatItShows, string? Url, string? FileName,
    string? ContentType, long? SizeBytes, string AddedBy, DateTimeOffset AddedAt);
