using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trajectory;

/// <summary>
/// Delivery against the approved baseline as at a date (default today): cumulative planned and
/// completed root causes by month end, per ISG and priority class and in total, with the
/// percentage of trajectory achieved. The arithmetic is the Domain's <see cref="Domain.Reporting.Trajectory"/>.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record GetTrajectory(DateOnly? AsOf = null) : IQuery<TrajectoryReport>;

public sealed class GetTrajectoryHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<GetTrajectory, TrajectoryReport>
{
    public async Task<TrajectoryReport> Handle(GetTrajectory request, CancellationToken ct)
    {
        var asOf = request.AsOf ?? clock.Today();
        // Two set-based reads: the root causes (projected) and their baseline history.
        var rows = await db.RootCauses
            .Join(db.Isgs, r => r.IsgId, i => i.Id, (r, i) => new
            {
                r.Id, r.Reference, r.IsgId, Isg = i.Name, r.Priority, r.BaselineDue, r.ForecastDue, r.Status,
                r.CompletedOn, r.WithdrawnOn, r.ReopenCount,
            })
            .ToListAsync(ct);
        var history = (await db.BaselineHistory
                .Select(b => new { b.RootCauseId, b.BaselineDue, b.EffectiveFrom, b.RecordedAt })
                .ToListAsync(ct))
            .ToLookup(b => b.RootCauseId, b => new BaselineEntry(b.BaselineDue, b.EffectiveFrom, b.RecordedAt));

        var items = rows.Select(r => new TrajectoryItem(r.Id, r.Reference, r.IsgId, r.Isg, r.Priority,
            // A root cause whose original plan predates history keeping counts by its current baseline.
            history[r.Id].DefaultIfEmpty(new BaselineEntry(r.BaselineDue, DateOnly.MinValue)),
            r.ForecastDue, r.Status, r.CompletedOn, r.WithdrawnOn, r.ReopenCount)).ToList();

        var first = items.Count == 0 ? asOf
            : new[] { asOf, items.Min(i => i.BaselineAsAt(asOf)), items.Where(i => i.CompletedOn is not null).Select(i => i.CompletedOn!.Value).DefaultIfEmpty(asOf).Min() }.Min();
        var last = items.Count == 0 ? asOf : new[] { asOf, items.Max(i => i.BaselineAsAt(asOf)) }.Max();
        // Month ends from the first planned or delivered month to the last planned one, with the as-of date itself.
        var periodEnds = ReportingPeriods.MonthEnds(first, ReportingPeriods.MonthEnd(last)).Append(asOf).Distinct().Order().ToList();
        return Domain.Reporting.Trajectory.Compute(items, asOf, periodEnds);
    }
}
