using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trajectory;

/// <summary>
/// One trajectory series as a PNG (planned, completed, forecast by month end) for board papers:
/// an ISG (null: all ISGs) and priority class (null: both), as at a date (default today). The
/// figures are <see cref="GetTrajectory"/>'s, so the chart and the table cannot disagree; the same
/// people may see it. By month end, or with an ISG by its sprint ends.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetTrajectoryChart(Guid? IsgId = null, PriorityClass? Priority = null, DateOnly? AsOf = null, bool BySprint = false) : IQuery<byte[]>;

public sealed class GetTrajectoryChartHandler(QipDbContext db, TrajectoryQuery trajectories) : IRequestHandler<GetTrajectoryChart, byte[]>
{
    public async Task<byte[]> Handle(GetTrajectoryChart request, CancellationToken ct)
    {
        // Checked first: another trust's ISG, or none, is a 404 rather than an empty chart.
        var isg = request.IsgId is { } id
            ? await db.Isgs.Where(i => i.Id == id).Select(i => i.Name).SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"ISG {id}")
            : null;
        var report = await trajectories.ComputeAsync(request.AsOf, request.BySprint ? request.IsgId : null, request.BySprint, ct);
        // An ISG with no live root causes yet has no series in the report: chart it as empty.
        var series = report.Series.SingleOrDefault(s => s.IsgId == request.IsgId && s.Priority == request.Priority)
                     ?? new TrajectorySeries(request.IsgId, isg ?? TrajectorySeries.All, request.Priority, 0, 0, null, 0, 0, []);
        return TrajectoryChartPng.Render(series, report.AsOf);
    }
}
