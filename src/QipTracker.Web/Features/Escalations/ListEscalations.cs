using System.Globalization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Escalations;

/// <summary>Whose escalations: the person's own items, also those of the ISGs they chair or are accountable for, or the whole trust's.</summary>
public enum EscalationScope { Mine, MyIsgs, All }

/// <summary>Why an item is escalated: it is past its due date, or reported off track before it.</summary>
public enum EscalationReason { Overdue, OffTrack }

/// <summary>
/// Open escalations, one row per item at its current rung with the rungs it climbed, grouped by ISG, a page at a time.
/// Without a scope, the person's own: the PMO sees the trust's, a chair or executive their ISGs' (and their own items),
/// a board member the trust's, anyone else their own items. Also counts the items in scope that are overdue or off track
/// but not escalated yet, so an empty list is never mistaken for "nothing is late".
/// </summary>
[AnyTrustMember]
public sealed record ListEscalations(EscalationScope? Scope = null, Guid? IsgId = null, EscalationLevel? Level = null,
    EscalatedItemKind? Kind = null, EscalationReason? Reason = null, bool? HasRecoveryPlan = null, int Page = 1, int PageSize = 25)
    : IQuery<EscalationList>;

public sealed class ListEscalationsValidator : AbstractValidator<ListEscalations>
{
    public ListEscalationsValidator()
    {
        RuleFor(r => r.Page).GreaterThanOrEqualTo(1);
        RuleFor(r => r.PageSize).InclusiveBetween(1, 100);
    }
}

/// <param name="Scopes">The scopes this person may choose.</param>
/// <param name="Groups">The ISGs with escalations under the filters, with how many each (over every page).</param>
public sealed record EscalationList(EscalationScope Scope, IReadOnlyList<EscalationScope> Scopes, IReadOnlyList<IsgOption> Isgs,
    IReadOnlyList<EscalationGroup> Groups, IReadOnlyList<EscalationRow> Rows, int Total, int Page, int PageSize, NotYetEscalated Waiting);

public sealed record IsgOption(Guid Id, string Name);

public sealed record EscalationGroup(Guid IsgId, string Isg, int Count);

/// <param name="ActionTitle">For an action: the action, shown under its root cause.</param>
/// <param name="DaysOverdue">Days past the due date today; 0 or less for off-track work not yet due.</param>
/// <param name="History">The rungs reached, lowest first, each with who was told and when.</param>
public sealed record EscalationRow(Guid Id, EscalatedItemKind ItemKind, Guid ItemId, Guid RootCauseId, string Reference, string Description,
    string? ActionTitle, Guid IsgId, string Isg, string Owner, EscalationLevel Level, DateOnly LevelReachedOn, DateOnly DueOn, int DaysOverdue,
    DateOnly RaisedOn, IReadOnlyList<EscalationRung> History, string? RecoveryPlan, string? RecoveryPlanBy, DateTimeOffset? RecoveryPlanAt,
    bool MayWriteRecoveryPlan, long Version);

public sealed record EscalationRung(EscalationLevel Level, DateOnly ReachedOn, IReadOnlyList<ToldPerson> Told);

public sealed record ToldPerson(string Name, DateTimeOffset At);

/// <summary>Items in scope overdue or off track that the daily job has not escalated yet, and when and how it will.</summary>
/// <param name="RunsAt">The daily job's time, London ("07:00").</param>
public sealed record NotYetEscalated(int Items, string RunsAt, int OwnerAfterDays, int ChairAfterDays, int ExecutiveAfterDays, int EcibAfterDays);

public sealed class ListEscalationsHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ListEscalations, EscalationList>
{
    public async Task<EscalationList> Handle(ListEscalations r, CancellationToken ct)
    {
        var me = user.UserId ?? throw new ForbiddenException("Sign in to see escalations.");
        var today = clock.Today();
        var scopes = EscalationScopes.For(user);
        var scope = r.Scope ?? EscalationScopes.Default(user);
        if (!scopes.Contains(scope)) throw new ForbiddenException("Your role sees the escalations of your own items.");
        // A sub-query, not a list read first: one round trip fewer.
        var myIsgs = db.Isgs.Where(i => i.ChairId == me || i.AccountableExecutiveId == me).Select(i => i.Id);
        var isgs = await db.Isgs.OrderBy(i => i.Name).Select(i => new IsgOption(i.Id, i.Name)).ToListAsync(ct);
        var isgNames = isgs.ToDictionary(i => i.Id, i => i.Name);

        var open = from e in db.Escalations.AsNoTracking()
                   join rc in db.RootCauses on e.RootCauseId equals rc.Id
                   join isg in db.Isgs on rc.IsgId equals isg.Id
                   where e.ResolvedOn == null
                   select new
                   {
                       Escalation = e, rc.IsgId, IsgName = isg.Name, rc.Description,
                       ActionTitle = db.Actions.Where(a => a.Id == e.ItemId).Select(a => a.Title).FirstOrDefault(),
                   };
        if (scope == EscalationScope.Mine) open = open.Where(x => x.Escalation.OwnerId == me);
        if (scope == EscalationScope.MyIsgs) open = open.Where(x => x.Escalation.OwnerId == me || myIsgs.Contains(x.IsgId));
        if (r.IsgId is { } isgId) open = open.Where(x => x.IsgId == isgId);
        if (r.Level is { } level) open = open.Where(x => x.Escalation.Level == level);
        if (r.Kind is { } kind) open = open.Where(x => x.Escalation.ItemKind == kind);
        if (r.Reason == EscalationReason.Overdue) open = open.Where(x => x.Escalation.DueOn < today);
        if (r.Reason == EscalationReason.OffTrack) open = open.Where(x => x.Escalation.DueOn >= today);
        if (r.HasRecoveryPlan is { } hasPlan) open = open.Where(x => (x.Escalation.RecoveryPlan != null) == hasPlan);

        var groups = (await open.GroupBy(x => x.IsgId).Select(g => new { IsgId = g.Key, Count = g.Count() }).ToListAsync(ct))
            .Select(g => new EscalationGroup(g.IsgId, isgNames.GetValueOrDefault(g.IsgId, ""), g.Count))
            .OrderBy(g => g.Isg, StringComparer.Ordinal).ToList();
        // By ISG, then the highest rung first (the level is stored by name, so ranked here), then the longest overdue.
        var page = await open
            .OrderBy(x => x.IsgName)
            .ThenByDescending(x => x.Escalation.Level == EscalationLevel.Ecib ? 3 : x.Escalation.Level == EscalationLevel.AccountableExecutive ? 2
                : x.Escalation.Level == EscalationLevel.IsgChair ? 1 : 0)
            .ThenBy(x => x.Escalation.DueOn).ThenBy(x => x.Escalation.Reference).ThenBy(x => x.Escalation.Id)
            .Skip((r.Page - 1) * r.PageSize).Take(r.PageSize)
            .ToListAsync(ct);

        var names = await EscalationPeople.NamesAsync(db, page.Select(x => x.Escalation), ct);
        var mayWriteAll = user.IsIn(TrustRole.Pmo);
        var rows = page.Select(x =>
        {
            var e = x.Escalation;
            return new EscalationRow(e.Id, e.ItemKind, e.ItemId, e.RootCauseId, e.Reference, x.Description, e.ItemKind == EscalatedItemKind.Action ? x.ActionTitle : null,
                x.IsgId, x.IsgName, names.Name(e.OwnerId), e.Level, e.LevelReachedOn, e.DueOn, today.DayNumber - e.DueOn.DayNumber, e.RaisedOn,
                EscalationPeople.History(e, names), e.RecoveryPlan, e.RecoveryPlanBy is { } by ? names.Name(by) : null, e.RecoveryPlanAt,
                mayWriteAll || e.OwnerId == me, e.Version);
        }).ToList();

        var waiting = await NotYetEscalatedAsync(scope, me, myIsgs, r, today, ct);
        return new EscalationList(scope, scopes, isgs, groups, rows, groups.Sum(g => g.Count), r.Page, r.PageSize, waiting);
    }

    // The daily job's own candidates (EscalationCandidates), less what it has already escalated, in the same scope.
    private async Task<NotYetEscalated> NotYetEscalatedAsync(EscalationScope scope, Guid me, IQueryable<Guid> myIsgs, ListEscalations r, DateOnly today,
        CancellationToken ct)
    {
        var rootCauses = EscalationCandidates.RootCauses(db, today)
            .Where(rc => !db.Escalations.Any(e => e.ResolvedOn == null && e.ItemKind == EscalatedItemKind.RootCause && e.ItemId == rc.Id));
        var actions = EscalationCandidates.Actions(db, today)
            .Where(a => !db.Escalations.Any(e => e.ResolvedOn == null && e.ItemKind == EscalatedItemKind.Action && e.ItemId == a.Id))
            .Join(db.RootCauses, a => a.RootCauseId, rc => rc.Id, (a, rc) => new { a.OwnerId, rc.IsgId });
        if (scope == EscalationScope.Mine)
        {
            rootCauses = rootCauses.Where(rc => rc.OwnerId == me);
            actions = actions.Where(a => a.OwnerId == me);
        }
        if (scope == EscalationScope.MyIsgs)
        {
            rootCauses = rootCauses.Where(rc => rc.OwnerId == me || myIsgs.Contains(rc.IsgId));
            actions = actions.Where(a => a.OwnerId == me || myIsgs.Contains(a.IsgId));
        }
        if (r.IsgId is { } isgId)
        {
            rootCauses = rootCauses.Where(rc => rc.IsgId == isgId);
            actions = actions.Where(a => a.IsgId == isgId);
        }
        // Both counts and the trust's thresholds in one round trip.
        var thresholds = await db.Trusts.Select(t => new
        {
            t.EscalateToOwnerAfter, t.EscalateToChairAfter, t.EscalateToExecutiveAfter, t.EscalateToEcibAfter,
            RootCauses = rootCauses.Count(), Actions = actions.Count(),
        }).FirstAsync(ct);
        var count = (r.Kind is null or EscalatedItemKind.RootCause ? thresholds.RootCauses : 0)
                    + (r.Kind is null or EscalatedItemKind.Action ? thresholds.Actions : 0);
        return new NotYetEscalated(count, DailyAt(JobCatalog.Find("overdue-escalation")!.Cron),
            thresholds.EscalateToOwnerAfter, thresholds.EscalateToChairAfter, thresholds.EscalateToExecutiveAfter, thresholds.EscalateToEcibAfter);
    }

    /// <summary>"07:00" from a daily cron ("0 7 * * *").</summary>
    private static string DailyAt(string cron)
    {
        var parts = cron.Split(' ');
        return string.Create(CultureInfo.InvariantCulture, $"{int.Parse(parts[1], CultureInfo.InvariantCulture):00}:{int.Parse(parts[0], CultureInfo.InvariantCulture):00}");
    }
}
