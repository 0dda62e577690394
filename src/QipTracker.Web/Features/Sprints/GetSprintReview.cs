using System.Text.Json;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Sprints;

/// <summary>
/// What a chair needs to run a sprint review: the burndown, committed against delivered, every scope
/// item with its owner and state, the updates received and who has not updated. Without a sprint id,
/// the ISG's active sprint (else its latest closed one, else its next planned one).
/// </summary>
[RequiresRole(TrustRole.IsgChair, TrustRole.Pmo, TrustRole.AccountableExecutive)]
public sealed record GetSprintReview(Guid IsgId, Guid? SprintId = null) : IQuery<SprintReview>;

/// <param name="MayRun">The chair or the PMO: they start and close its sprints.</param>
/// <param name="Closing">For an active sprint the person may close: what closing it now would do.</param>
/// <param name="MayStart">The chosen sprint is planned, runs today, and the person may start it.</param>
/// <param name="MaySchedule">No sprints are scheduled yet and the person may schedule them.</param>
public sealed record SprintReview(
    Guid IsgId, string Isg, bool MayRun, bool Scheduled, IReadOnlyList<SprintRow> Sprints, SprintRow? Sprint,
    BurndownChart? Burndown, int Committed, int Delivered, int CarriedOverIn, int Added, int Removed, int CarriedForward,
    IReadOnlyList<ReviewItem> Items, IReadOnlyList<ReviewUpdate> Updates, IReadOnlyList<MissingOwner> Missing,
    IReadOnlyList<RagChange> RagChanges, SprintClosing? Closing = null, bool MayStart = false, bool MaySchedule = false);

/// <summary>
/// What closing an active sprint today does, for the confirmation asked first: the summary is emailed to the
/// chair, owners can no longer update it, and what is not delivered is carried over to the next sprint.
/// </summary>
/// <param name="DaysEarly">Days the sprint still had to run; above 0 the close needs a reason.</param>
/// <param name="Chair">Who the summary is emailed to; null when the ISG has no chair.</param>
/// <param name="MissingUpdates">Root causes whose owners have not updated yet, and now will not.</param>
public sealed record SprintClosing(int DaysEarly, string? Chair, int CarriedOver, int NextSprint, int MissingUpdates)
{
    public bool Early => DaysEarly > 0;
}

/// <param name="DeliveredOn">Delivered within the sprint (so far, for an active one); null while not delivered.</param>
public sealed record ReviewItem(ScopeItemKind Kind, Guid ItemId, Guid RootCauseId, string Reference, string Title, string Owner, DateOnly DueOn,
    bool Committed, bool CarriedOver, DateOnly AddedOn, DateOnly? RemovedOn, DateOnly? DeliveredOn);

public sealed record ReviewUpdate(Guid RootCauseId, string Reference, string Owner, RootCauseStatus Status, string Narrative,
    DateOnly ForecastDue, bool OffTrack, decimal? KpiValue, DateTimeOffset SubmittedAt, DateTimeOffset? RevisedAt);

public sealed record MissingOwner(Guid OwnerId, string Owner, IReadOnlyList<string> References);

public sealed class GetSprintReviewHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, SprintWork work)
    : IRequestHandler<GetSprintReview, SprintReview>
{
    public async Task<SprintReview> Handle(GetSprintReview r, CancellationToken ct)
    {
        var today = clock.Today();
        var isg = await db.Isgs.AsNoTracking().SingleOrDefaultAsync(i => i.Id == r.IsgId, ct) ?? throw new NotFoundException($"ISG {r.IsgId}");
        var isChair = isg.ChairId is not null && isg.ChairId == user.UserId;
        if (!isChair && !user.IsIn(TrustRole.Pmo, TrustRole.AccountableExecutive))
            throw new ForbiddenException($"You do not chair {isg.Name}: a chair reviews the sprints of their own ISGs.");
        var mayRun = isChair || user.IsIn(TrustRole.Pmo);

        var sprints = await db.Sprints.AsNoTracking().Where(s => s.IsgId == isg.Id).OrderBy(s => s.Number)
            .Select(s => new SprintRow(s.Id, s.IsgId, s.Number, s.StartsOn, s.EndsOn, s.State, s.Version, s.ClosedOn, s.EarlyCloseReason)).ToListAsync(ct);
        var chosen = r.SprintId is { } id
            ? sprints.SingleOrDefault(s => s.Id == id) ?? throw new NotFoundException($"Sprint {id} of {isg.Name}")
            : sprints.FirstOrDefault(s => s.State == SprintState.Active)
              ?? sprints.LastOrDefault(s => s.State == SprintState.Closed)
              ?? sprints.FirstOrDefault(s => s.State == SprintState.Planned);
        if (chosen is null)
            return new SprintReview(isg.Id, isg.Name, mayRun, isg.SprintsFrom is not null, sprints, null, null, 0, 0, 0, 0, 0, 0, [], [], [], [],
                MaySchedule: isg.SprintsFrom is null && user.MaySend<ScheduleSprints>());

        var sprint = await db.Sprints.AsNoTracking().Include(s => s.Scope).SingleAsync(s => s.Id == chosen.Id, ct);
        var deliveries = sprint.State == SprintState.Active ? await work.DeliveriesAsync(sprint, ct) : [];
        var burndown = Burndown.For(sprint, deliveries, today);
        var deliveredOn = DeliveredWithin(sprint, deliveries);

        var updates = await db.SprintUpdates.AsNoTracking().Where(u => u.SprintId == sprint.Id).ToListAsync(ct);
        var missing = MissingUpdates.For(sprint, updates);

        // One read for every name and root-cause link the page shows.
        var actionIds = sprint.Scope.Where(i => i.Kind == ScopeItemKind.Action).Select(i => i.ItemId).ToList();
        var actionRootCause = await db.Actions.Where(a => actionIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.RootCauseId, ct);
        var userIds = sprint.Scope.Select(i => i.OwnerId).Concat(updates.Select(u => u.OwnerId)).Append(isg.ChairId ?? Guid.Empty).Distinct().ToList();
        var names = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(Guid id) => names.GetValueOrDefault(id, "Unknown");

        var items = sprint.Scope
            .OrderBy(i => i.RemovedOn is not null).ThenBy(i => i.Reference).ThenBy(i => i.Kind)
            .Select(i => new ReviewItem(i.Kind, i.ItemId, i.Kind == ScopeItemKind.RootCause ? i.ItemId : actionRootCause.GetValueOrDefault(i.ItemId),
                i.Reference, i.Title, Name(i.OwnerId), i.DueOn, i.Committed, i.CarriedOver, i.AddedOn, i.RemovedOn,
                deliveredOn.TryGetValue(i.Id, out var on) ? on : null))
            .ToList();
        var references = sprint.Scope.Where(i => i.Kind == ScopeItemKind.RootCause).DistinctBy(i => i.ItemId).ToDictionary(i => i.ItemId, i => i.Reference);
        var received = updates.OrderBy(u => references.GetValueOrDefault(u.RootCauseId))
            .Select(u => new ReviewUpdate(u.RootCauseId, references.GetValueOrDefault(u.RootCauseId, "?"), Name(u.OwnerId), u.Status, u.Narrative,
                u.ForecastDue, u.OffTrack, u.KpiValue, u.SubmittedAt, u.RevisedAt))
            .ToList();
        var ragChanges = sprint.State == SprintState.Closed
            ? await db.SprintSummaries.Where(s => s.SprintId == sprint.Id).Select(s => s.RagChangesJson).SingleOrDefaultAsync(ct) is { } json
                ? JsonSerializer.Deserialize<List<RagChange>>(json) ?? [] : []
            : [];

        var inScope = sprint.Scope.Where(i => i.IsInScope).ToList();
        var stillToDeliver = inScope.Count(i => !deliveredOn.ContainsKey(i.Id));
        var closing = sprint.State == SprintState.Active && mayRun
            ? new SprintClosing(sprint.DaysLeftOn(today), isg.ChairId is { } chair ? Name(chair) : null, stillToDeliver, sprint.Number + 1,
                missing.Sum(m => m.RootCauses.Count))
            : null;
        return new SprintReview(isg.Id, isg.Name, mayRun, isg.SprintsFrom is not null, sprints, chosen, burndown,
            Committed: sprint.CommittedScope.Count,
            Delivered: deliveredOn.Count,
            CarriedOverIn: sprint.Scope.Count(i => i.CarriedOver),
            Added: sprint.AddedMidSprint.Count,
            Removed: sprint.RemovedMidSprint.Count,
            CarriedForward: sprint.State == SprintState.Closed ? sprint.CarriedForward.Count : stillToDeliver,
            items, received,
            missing.Select(m => new MissingOwner(m.OwnerId, Name(m.OwnerId), m.RootCauses.Select(x => x.Reference).Order().ToList()))
                .OrderBy(m => m.Owner).ToList(),
            ragChanges, closing,
            MayStart: mayRun && user.MaySend<StartSprint>() && sprint.CanStartOn(today),
            MaySchedule: isg.SprintsFrom is null && user.MaySend<ScheduleSprints>());
    }

    /// <summary>Scope row id → day delivered within the sprint: as recorded at close, or from the items now while active.</summary>
    private static Dictionary<Guid, DateOnly> DeliveredWithin(Sprint sprint, IReadOnlyList<ItemDelivery> deliveries) =>
        sprint.State == SprintState.Active
            ? sprint.DeliveredWithin(deliveries).ToDictionary(d => d.Item.Id, d => d.On)
            : sprint.Scope.Where(i => i.DeliveredOn is not null).ToDictionary(i => i.Id, i => i.DeliveredOn!.Value);
}
