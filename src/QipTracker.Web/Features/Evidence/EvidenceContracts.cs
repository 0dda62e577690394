using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Evidence;

// TEMPORARY: a copy of the evidence requests' shapes (no handlers) so the pages branch compiles
// while Features/Evidence is written on its own branch. Dropped when the branches are merged.

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record AddNoteEvidence(Guid RootCauseId, string Title, string WhatItShows) : ICommand<EvidenceDto>;

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record AddLinkEvidence(Guid RootCauseId, string Title, string Url, string WhatItShows) : ICommand<EvidenceDto>;

[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record UploadEvidenceFile(Guid RootCauseId, string Title, string WhatItShows, string FileName, long Length, Stream Content)
    : ICommand<EvidenceDto>;

[AnyTrustMember]
public sealed record ListEvidence(Guid RootCauseId) : IQuery<IReadOnlyList<EvidenceDto>>;

public sealed record EvidenceDto(Guid Id, EvidenceKind Kind, string Title, string WhatItShows, string? Url, string? FileName,
    string? ContentType, long? SizeBytes, string AddedBy, DateTimeOffset AddedAt);
