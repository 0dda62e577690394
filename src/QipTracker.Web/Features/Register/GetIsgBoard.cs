using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// One ISG's board for its chair: the items awaiting assurance with their evidence (the chair's work, first),
/// and live root causes with RAG counts, each with its state in the one vocabulary; the awaiting list and the
/// RAG list's "Awaiting assurance" rows come from the same rule. A chair sees only the ISGs they chair; the PMO
/// and accountable executives see any.
/// </summary>
[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo, TrustRole.AccountableExecutive)]
public sealed record GetIsgBoard(Guid IsgId) : IQuery<IsgBoard>;

public sealed record IsgBoard(Guid Id, string Name, string? Chair, ReportingCadence Cadence, bool MayAssure,
    IReadOnlyList<RagCount> RagCounts, IReadOnlyList<BoardRootCause> RootCauses, IReadOnlyList<AwaitingAssurance> Awaiting);

public sealed record RagCount(Rag Rag, int Count);

public sealed record BoardRootCause(Guid Id, string Reference, string Description, string Owner, PriorityClass Priority,
    DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, Rag Rag, bool Overdue, long Version,
    RootCauseState State = RootCauseState.NotStarted);

public sealed record AwaitingAssurance(Guid Id, string Reference, string Description, string Owner, PriorityClass Priority,
    DateOnly? CompletedOn, int EvidenceCount, IReadOnlyList<EvidenceLink> Evidence, long Version);

/// <summary>Enough of an evidence item to open it: a file downloads, a link opens, a note is read in place.</summary>
public sealed record EvidenceLink(Guid Id, EvidenceKind Kind, string Title, string WhatItShows, string? Url, string? FileName);

public sealed class GetIsgBoardHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetIsgBoard, IsgBoard>
{
    public async Task<IsgBoard> Handle(GetIsgBoard r, CancellationToken ct)
    {
        var today = clock.Today();
        var isg = await db.Isgs.Where(i => i.Id == r.IsgId)
            .Select(i => new { i.Id, i.Name, i.Cadence, i.ChairId, Chair = db.Users.Where(u => u.Id == i.ChairId).Select(u => u.DisplayName).FirstOrDefault() })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"ISG {r.IsgId}");
        var isChair = isg.ChairId is not null && isg.ChairId == user.UserId;
        if (!IsgBoardAccess.MayOpen(user, isg.ChairId))
            throw new ForbiddenException($"You do not chair {isg.Name}: a chair sees the boards of their own ISGs.");

        var live = db.RootCauses.Where(rc => rc.IsgId == r.IsgId).Where(RootCauseRules.Live).WithRag(today);

        var counts = await live.GroupBy(x => x.Rag).Select(g => new RagCount(g.Key, g.Count())).ToListAsync(ct);

        var rootCauses = (await live
            .OrderBy(x => x.Rag).ThenBy(x => x.RootCause.BaselineDue).ThenBy(x => x.RootCause.Reference)
            .Select(x => new
            {
                Row = new BoardRootCause(x.RootCause.Id, x.RootCause.Reference, x.RootCause.Description,
                    db.Users.Where(u => u.Id == x.RootCause.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                    x.RootCause.Priority, x.RootCause.BaselineDue, x.RootCause.ForecastDue, x.RootCause.Status, x.Rag,
                    x.Overdue, x.RootCause.Version, RootCauseState.NotStarted),
                SentBack = x.RootCause.SentBackOn != null,
            })
            .ToListAsync(ct))
            .Select(x => x.Row with { State = RootCauseStates.Of(x.Row.Status, x.SentBack) })
            .ToList();

        var awaiting = await db.RootCauses.Where(rc => rc.IsgId == r.IsgId).Where(RootCauseRules.AwaitingAssurance)
            .OrderBy(rc => rc.CompletedOn).ThenBy(rc => rc.Reference)
            .Select(rc => new AwaitingAssurance(rc.Id, rc.Reference, rc.Description,
                db.Users.Where(u => u.Id == rc.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                rc.Priority, rc.CompletedOn, db.Evidence.Count(e => e.RootCauseId == rc.Id),
                db.Evidence.Where(e => e.RootCauseId == rc.Id).OrderBy(e => e.AddedAt)
                    .Select(e => new EvidenceLink(e.Id, e.Kind, e.Title, e.WhatItShows, e.Url, e.FileName)).ToList(),
                rc.Version))
            .ToListAsync(ct);

        var mayAssure = isChair || user.IsIn(TrustRole.Pmo);
        return new IsgBoard(isg.Id, isg.Name, isg.Chair, isg.Cadence, mayAssure,
            Enum.GetValues<Rag>().Select(rag => new RagCount(rag, counts.FirstOrDefault(c => c.Rag == rag)?.Count ?? 0)).ToList(),
            rootCauses, awaiting);
    }
}

/// <summary>Who may open an ISG's board: its chair, the PMO and accountable executives. Pages link to it by the same rule.</summary>
public static class IsgBoardAccess
{
    public static bool MayOpen(ICurrentUser user, Guid? chairId) =>
        user.MaySend<GetIsgBoard>() &&
        ((chairId is not null && chairId == user.UserId) || user.IsIn(TrustRole.Pmo, TrustRole.AccountableExecutive));
}
