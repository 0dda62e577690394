using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Isgs;

/// <summary>The trust's Improvement Steering Groups with their chair, executive and cadence.</summary>
[AnyTrustMember]
public sealed record ListIsgs : IQuery<IReadOnlyList<IsgDto>>;

public sealed record IsgDto(Guid Id, string Name, ReportingCadence Cadence, Guid? ChairId, string? Chair,
    Guid? AccountableExecutiveId, string? AccountableExecutive, int Members);

public sealed class ListIsgsHandler(QipDbContext db) : IRequestHandler<ListIsgs, IReadOnlyList<IsgDto>>
{
    public Task<IReadOnlyList<IsgDto>> Handle(ListIsgs request, CancellationToken ct) => IsgView.ListAsync(db, ct);
}

/// <summary>The ISGs as <see cref="ListIsgs"/> shows them: shared with <see cref="SaveIsg"/>, which answers with the one it saved.</summary>
public static class IsgView
{
    public static async Task<IReadOnlyList<IsgDto>> ListAsync(QipDbContext db, CancellationToken ct) =>
        await db.Isgs.OrderBy(i => i.Name).Select(i => new IsgDto(i.Id, i.Name, i.Cadence,
                i.ChairId, db.Users.Where(u => u.Id == i.ChairId).Select(u => u.DisplayName).FirstOrDefault(),
                i.AccountableExecutiveId, db.Users.Where(u => u.Id == i.AccountableExecutiveId).Select(u => u.DisplayName).FirstOrDefault(),
                i.MemberIds.Count))
            .ToListAsync(ct);
}
