using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Api;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Evidence;

/// <summary>
/// Every piece of evidence of the trust for a BI pull — what it is and what it shows, never the file's bytes (those
/// come one at a time from <see cref="EvidenceListItem.Download"/>) — in change order a page at a time
/// (<see cref="IChangeList"/>). Evidence is never deleted or edited once added. The register's readers may pull it.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ListAllEvidence(
    Guid? IsgId = null,
    Guid? FindingId = null,
    Guid? RootCauseId = null,
    EvidenceKind? Kind = null,
    DateTimeOffset? ModifiedSince = null,
    string? Cursor = null,
    int? PageSize = null) : IQuery<ListPage<EvidenceListItem>>, IChangeList;

/// <param name="Download">For a file: its download address in this API; null for a note or a link.</param>
/// <param name="ChangedAt">When the row last changed: the order of the list and what modifiedSince compares.</param>
public sealed record EvidenceListItem(Guid Id, Guid RootCauseId, string RootCauseReference, EvidenceKind Kind, string Title, string WhatItShows,
    string? Url, string? FileName, string? ContentType, long? SizeBytes, string? Download, Guid AddedById, string AddedBy, DateTimeOffset AddedAt,
    DateTimeOffset ChangedAt) : IChangeListItem;

public sealed class ListAllEvidenceValidator : AbstractValidator<ListAllEvidence>
{
    public ListAllEvidenceValidator() => this.ChangeListRules();
}

public sealed class ListAllEvidenceHandler(QipDbContext db) : IRequestHandler<ListAllEvidence, ListPage<EvidenceListItem>>
{
    public async Task<ListPage<EvidenceListItem>> Handle(ListAllEvidence r, CancellationToken ct)
    {
        var evidence = db.Evidence.AsQueryable();
        if (r.RootCauseId is { } rootCause) evidence = evidence.Where(e => e.RootCauseId == rootCause);
        if (r.IsgId is { } isg) evidence = evidence.Where(e => db.RootCauses.Any(rc => rc.Id == e.RootCauseId && rc.IsgId == isg));
        if (r.FindingId is { } finding) evidence = evidence.Where(e => db.RootCauseFindings.Any(l => l.RootCauseId == e.RootCauseId && l.FindingId == finding));
        if (r.Kind is { } kind) evidence = evidence.Where(e => e.Kind == kind);

        var rows = await evidence.Window(r, e => e)
            .Select(e => new EvidenceListItem(e.Id, e.RootCauseId,
                    db.RootCauses.Where(rc => rc.Id == e.RootCauseId).Select(rc => rc.Reference).FirstOrDefault() ?? "",
                    e.Kind, e.Title, e.WhatItShows, e.Url, e.FileName, e.ContentType, e.SizeBytes,
                    null,
                    e.AddedBy, db.Users.Where(u => u.Id == e.AddedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "", e.AddedAt,
                    EF.Property<DateTimeOffset>(e, ChangeStamp.Property)))
            .AsNoTracking().ToListAsync(ct);
        // The address is made here, not in SQL (the databases write a Guid as text differently).
        return rows.Select(x => x with { Download = x.Kind == EvidenceKind.File ? $"/api/v1/evidence/{x.Id}/download" : null }).ToList().Page(r);
    }
}
