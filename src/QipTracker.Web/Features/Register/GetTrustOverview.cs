using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Findings;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// The trust overview for executives and the board: live root causes counted by ISG × priority
/// class × RAG (one grouped query), the overdue list with owner and days overdue, and how many
/// root causes have been reopened after assurance.
/// </summary>
[RequiresRole(TrustRole.AccountableExecutive, TrustRole.BoardMember, TrustRole.Pmo, TrustRole.TrustAdmin)]
public sealed record GetTrustOverview : IQuery<TrustOverview>;

/// <param name="Figures">The headline figures as every screen counts them: delivered is the Blue (assured) count plus the
/// completed root causes awaiting assurance, which RAG shows Green.</param>
/// <param name="Findings">The findings, and how they reconcile with the inspection report's.</param>
public sealed record TrustOverview(DateOnly AsAt, IReadOnlyList<OverviewCell> Cells, IReadOnlyList<OverdueItem> Overdue,
    int OverdueTotal, int Reopened, PlanFigures Figures, FindingCounts Findings)
{
    public int Total => Cells.Sum(c => c.Count);
    public int Count(Rag rag) => Cells.Where(c => c.Rag == rag).Sum(c => c.Count);
}

/// <summary>How many live root causes of one ISG and priority class have one RAG.</summary>
public sealed record OverviewCell(Guid IsgId, string Isg, PriorityClass Priority, Rag Rag, int Count);

public sealed record OverdueItem(Guid Id, string Reference, string Description, string Owner, string Isg, PriorityClass Priority,
    DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, int DaysOverdue);

public sealed class GetTrustOverviewHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<GetTrustOverview, TrustOverview>
{
    /// <summary>Boards want exceptions, not everything: the list is capped, the total is not.</summary>
    public const int OverdueListLimit = 200;

    public async Task<TrustOverview> Handle(GetTrustOverview request, CancellationToken ct)
    {
        var today = clock.Today();
        var live = db.RootCauses.Where(RootCauseRules.Live);

        var groups = await live.WithRag(today)
            .GroupBy(x => new { x.RootCause.IsgId, x.RootCause.Priority, x.Rag })
            .Select(g => new { g.Key.IsgId, g.Key.Priority, g.Key.Rag, Count = g.Count() })
            .ToListAsync(ct);
        var isgNames = await db.Isgs.ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var cells = groups
            .Select(g => new OverviewCell(g.IsgId, isgNames.GetValueOrDefault(g.IsgId, ""), g.Priority, g.Rag, g.Count))
            .OrderBy(c => c.Isg).ThenBy(c => c.Priority).ThenBy(c => c.Rag).ToList();

        var figures = await db.RootCauses.FiguresAsync(today, ct);
        var overdue = live.Where(RootCauseRules.Overdue(today));
        var overdueRows = await overdue.OrderBy(r => r.BaselineDue).ThenBy(r => r.Reference).Take(OverdueListLimit)
            .Select(r => new
            {
                r.Id, r.Reference, r.Description, r.IsgId, r.Priority, r.BaselineDue, r.ForecastDue, r.Status,
                Owner = db.Users.Where(u => u.Id == r.OwnerId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync(ct);
        // Day arithmetic on dates differs by provider; on at most a few hundred rows it is done here.
        var overdueItems = overdueRows.Select(r => new OverdueItem(r.Id, r.Reference, r.Description, r.Owner ?? "",
            isgNames.GetValueOrDefault(r.IsgId, ""), r.Priority, r.BaselineDue, r.ForecastDue, r.Status,
            today.DayNumber - r.BaselineDue.DayNumber)).ToList();

        var reopened = await live.CountAsync(r => r.ReopenCount > 0, ct);
        return new TrustOverview(today, cells, overdueItems, figures.Overdue, reopened, figures, await db.FindingCountsAsync(ct));
    }
}
