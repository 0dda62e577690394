using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Evidence;

/// <summary>Saving and reading evidence rows, shared by the note, link and file requests.</summary>
internal static class EvidenceRecords
{
    /// <summary>Attaches the evidence to its root cause and saves; the audit interceptor records who added it.</summary>
    public static async Task<EvidenceDto> AddEvidenceAsync(this QipDbContext db, RootCause rootCause, Domain.Plans.Evidence evidence, CancellationToken ct)
    {
        rootCause.AddEvidence(evidence);
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync(ct);
        return (await db.ListEvidenceAsync(e => e.Id == evidence.Id, ct)).Single();
    }

    /// <summary>One round trip, oldest first, with the display name of whoever added each item.</summary>
    public static Task<List<EvidenceDto>> ListEvidenceAsync(this QipDbContext db, Expression<Func<Domain.Plans.Evidence, bool>> where, CancellationToken ct) =>
        db.Evidence.Where(where).OrderBy(e => e.AddedAt).ThenBy(e => e.Id)
            .Select(e => new EvidenceDto(e.Id, e.Kind, e.Title, e.WhatItShows, e.Url, e.FileName, e.ContentType, e.SizeBytes,
                db.Users.Where(u => u.Id == e.AddedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "", e.AddedAt))
            .ToListAsync(ct);
}
