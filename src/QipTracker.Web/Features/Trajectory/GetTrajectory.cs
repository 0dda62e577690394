using MediatR;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trajectory;

/// <summary>
/// Delivery against the approved baseline as at a date (default today): cumulative planned and
/// completed root causes by month end, per ISG and priority class and in total, with the
/// percentage of trajectory achieved. The arithmetic is the Domain's <see cref="Domain.Reporting.Trajectory"/>.
/// With an ISG, only that ISG's root causes; <paramref name="BySprint"/> then counts by its sprint ends
/// instead of month ends (sprint ends differ between ISGs, so they need the ISG).
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetTrajectory(DateOnly? AsOf = null, Guid? IsgId = null, bool BySprint = false) : IQuery<TrajectoryReport>;

public sealed class GetTrajectoryHandler(TrajectoryQuery trajectory) : IRequestHandler<GetTrajectory, TrajectoryReport>
{
    public Task<TrajectoryReport> Handle(GetTrajectory request, CancellationToken ct) =>
        trajectory.ComputeAsync(request.AsOf, request.IsgId, request.BySprint, ct);
}
