using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>Every approved baseline of a root cause, oldest first, with the change request that set it.</summary>
[AnyTrustMember]
public sealed record GetBaselineHistory(Guid RootCauseId) : IQuery<IReadOnlyList<BaselineDto>>;

public sealed record BaselineDto(DateOnly BaselineDue, DateOnly EffectiveFrom, Guid? ChangeRequestId, string? Reason, string? ApprovedBy, DateTimeOffset RecordedAt);

public sealed class GetBaselineHistoryHandler(QipDbContext db) : IRequestHandler<GetBaselineHistory, IReadOnlyList<BaselineDto>>
{
    public async Task<IReadOnlyList<BaselineDto>> Handle(GetBaselineHistory r, CancellationToken ct)
    {
        if (!await db.RootCauses.AnyAsync(rc => rc.Id == r.RootCauseId, ct)) throw new NotFoundException($"Root cause {r.RootCauseId}");
        return await db.BaselineHistory.Where(b => b.RootCauseId == r.RootCauseId)
            .OrderBy(b => b.RecordedAt)
            .Select(b => new BaselineDto(b.BaselineDue, b.EffectiveFrom, b.ChangeRequestId,
                db.ChangeRequests.Where(c => c.Id == b.ChangeRequestId).Select(c => c.Reason).FirstOrDefault(),
                db.ChangeRequests.Where(c => c.Id == b.ChangeRequestId)
                    .Join(db.Users, c => c.DecidedBy, u => u.Id, (c, u) => u.DisplayName).FirstOrDefault(),
                b.RecordedAt))
            .ToListAsync(ct);
    }
}
