using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Inspections;

public sealed record InspectionDto(Guid Id, string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices, int Findings, long Version = 0);

[AnyTrustMember]
public sealed record ListInspections : IQuery<IReadOnlyList<InspectionDto>>;

public sealed class ListInspectionsHandler(QipDbContext db) : IRequestHandler<ListInspections, IReadOnlyList<InspectionDto>>
{
    public Task<IReadOnlyList<InspectionDto>> Handle(ListInspections r, CancellationToken ct) => InspectionView.ListAsync(db, ct);
}

/// <summary>The inspections as <see cref="ListInspections"/> shows them: shared with the commands that answer with the one they saved.</summary>
public static class InspectionView
{
    public static async Task<IReadOnlyList<InspectionDto>> ListAsync(QipDbContext db, CancellationToken ct)
    {
        var rows = await db.Inspections.OrderByDescending(i => i.StartedOn)
            .Select(i => new { Inspection = i, Findings = db.Findings.Count(f => f.InspectionId == i.Id) })
            .ToListAsync(ct);
        return rows.Select(x => new InspectionDto(x.Inspection.Id, x.Inspection.Title, x.Inspection.StartedOn, x.Inspection.EndedOn,
            x.Inspection.PublishedOn, x.Inspection.OverallRating, x.Inspection.Ratings, x.Inspection.Notices, x.Findings, x.Inspection.Version)).ToList();
    }

    public static async Task<InspectionDto> OneAsync(QipDbContext db, Guid id, CancellationToken ct) => (await ListAsync(db, ct)).Single(i => i.Id == id);
}
