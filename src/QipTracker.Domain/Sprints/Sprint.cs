using QipTracker.Domain.Common;

namespace QipTracker.Domain.Sprints;

/// <summary>
/// One reporting cycle of one ISG. Planned → Active → Closed. Starting it snapshots the scope;
/// while active, items may be added or removed (recorded with the day); closing it records what
/// was delivered. A closed sprint never changes again, so its committed scope, deliveries and
/// carried-forward list stay as the chair reviewed them whatever happens to the items later.
/// </summary>
public sealed class Sprint : TenantEntity, IVersioned
{
    private readonly List<SprintScopeItem> _scope = [];

    public Guid IsgId { get; private set; }
    public int Number { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public SprintState State { get; private set; }
    public DateOnly? StartedOn { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>The day it was closed: after its last day by the daily job, or on or before it by hand.</summary>
    public DateOnly? ClosedOn { get; private set; }
    /// <summary>Why it was closed before its last day; null when it ran its full length.</summary>
    public string? EarlyCloseReason { get; private set; }
    public long Version { get; private set; }

    /// <summary>Every scope row ever, including removed ones (an item removed and re-added has two rows).</summary>
    public IReadOnlyList<SprintScopeItem> Scope => _scope;

    public SprintPeriod Period => new(Number, StartsOn, EndsOn);
    public int Days => Period.Days;

    /// <summary>The scope snapshotted at the start: what the ISG committed to.</summary>
    public IReadOnlyList<SprintScopeItem> CommittedScope => _scope.Where(i => i.Committed).ToList();
    /// <summary>What is in scope now (not removed).</summary>
    public IReadOnlyList<SprintScopeItem> InScope => _scope.Where(i => i.IsInScope).ToList();
    public IReadOnlyList<SprintScopeItem> AddedMidSprint => _scope.Where(i => !i.Committed).ToList();
    public IReadOnlyList<SprintScopeItem> RemovedMidSprint => _scope.Where(i => !i.IsInScope).ToList();
    /// <summary>Delivered within the sprint; known once closed.</summary>
    public IReadOnlyList<SprintScopeItem> Delivered => _scope.Where(i => i.Delivered).ToList();
    /// <summary>In scope but not delivered at close: the next sprint carries these over. Empty until closed.</summary>
    public IReadOnlyList<SprintScopeItem> CarriedForward =>
        State == SprintState.Closed ? _scope.Where(i => i.IsInScope && !i.Delivered).ToList() : [];

    private Sprint() { }

    public Sprint(Guid trustId, Guid isgId, SprintPeriod period) : base(trustId)
    {
        if (isgId == Guid.Empty) throw new DomainException("A sprint belongs to an ISG.");
        IsgId = isgId;
        Number = period.Number;
        StartsOn = period.StartsOn;
        EndsOn = period.EndsOn;
        State = SprintState.Planned;
    }

    public bool Contains(DateOnly date) => date >= StartsOn && date <= EndsOn;

    /// <summary>Closing on this day would cut the sprint short: its last day has not come yet.</summary>
    public bool ClosesEarlyOn(DateOnly today) => today < EndsOn;

    /// <summary>Days of the sprint still to run on this day (0 on its last day and after).</summary>
    public int DaysLeftOn(DateOnly today) => Math.Max(0, EndsOn.DayNumber - today.DayNumber);

    /// <summary>
    /// The last day the sprint ran: the day it closed, never after its last day; its last day while not closed.
    /// A sprint closed before the close day was kept counts from the UTC day of its closing.
    /// </summary>
    public DateOnly LastDayRun
    {
        get
        {
            var closed = ClosedOn ?? (ClosedAt is { } at ? DateOnly.FromDateTime(at.UtcDateTime) : EndsOn);
            return closed < EndsOn ? closed : EndsOn;
        }
    }

    /// <summary>A planned sprint can be started on a day it runs (<see cref="Start"/> refuses any other).</summary>
    public bool CanStartOn(DateOnly today) => State == SprintState.Planned && Contains(today);

    /// <summary>
    /// Starts the sprint and snapshots its scope from the candidates (the ISG's root causes and actions).
    /// An unfinished candidate joins when it is due within the sprint, or — flagged carried over — when
    /// the previous sprint carried it forward or it was already overdue on the first day, so overdue work
    /// keeps coming back until it is delivered or rebaselined. Withdrawn or cancelled items never join;
    /// an item delivered before the first day does not either, but one delivered on or after it (a sprint
    /// started late) does, so the day's delivery still shows on the burndown.
    /// Snapshot items are added on the first day whatever day the sprint is started on: the commitment is
    /// for the whole sprint.
    /// </summary>
    public void Start(IEnumerable<ScopeCandidate> candidates, DateOnly today, Sprint? previous = null)
    {
        if (State != SprintState.Planned) throw new DomainException($"Sprint {Number} is {Words.For(State).ToLowerInvariant()}; only a planned sprint can be started.");
        if (!CanStartOn(today))
            throw new DomainException($"Sprint {Number} runs {UkDate.Format(StartsOn)} to {UkDate.Format(EndsOn)}; it cannot be started on {UkDate.Format(today)}.");
        if (previous is not null)
        {
            if (previous.TrustId != TrustId || previous.IsgId != IsgId) throw new DomainException("The previous sprint must be one of the same ISG.");
            if (previous.State != SprintState.Closed) throw new DomainException($"Close sprint {previous.Number} before carrying its work into sprint {Number}.");
            if (previous.EndsOn >= StartsOn) throw new DomainException($"Sprint {previous.Number} does not come before sprint {Number}.");
        }

        var carriedForward = previous?.CarriedForward.Select(i => (i.Kind, i.ItemId)).ToHashSet() ?? [];
        var seen = new HashSet<(ScopeItemKind, Guid)>();
        foreach (var candidate in candidates)
        {
            if (!seen.Add((candidate.Kind, candidate.ItemId))) continue;
            if (candidate.Dropped) continue;
            if (candidate.DeliveredOn is { } delivered && delivered < StartsOn) continue;

            var dueWithin = Contains(candidate.DueOn);
            var carriedOver = !dueWithin && (carriedForward.Contains((candidate.Kind, candidate.ItemId)) || candidate.DueOn < StartsOn);
            if (dueWithin || carriedOver)
                _scope.Add(new SprintScopeItem(TrustId, Id, candidate, committed: true, carriedOver, StartsOn));
        }

        State = SprintState.Active;
        StartedOn = today;
    }

    /// <summary>Brings an unfinished item into an active sprint's scope on the given day.</summary>
    public void AddToScope(ScopeCandidate candidate, DateOnly on)
    {
        EnsureActiveOn(on, "added to");
        if (!candidate.IsUnfinished)
            throw new DomainException($"{candidate.Reference} is {(candidate.Dropped ? "withdrawn or cancelled" : "already delivered")}; only unfinished work can be added to a sprint.");
        if (_scope.Any(i => i.IsInScope && i.Is(candidate.Kind, candidate.ItemId)))
            throw new DomainException($"{candidate.Reference} is already in sprint {Number}.");
        _scope.Add(new SprintScopeItem(TrustId, Id, candidate, committed: false, carriedOver: false, on));
    }

    /// <summary>Takes an item out of an active sprint's scope on the given day; the row stays, marked removed.</summary>
    public void RemoveFromScope(ScopeItemKind kind, Guid itemId, DateOnly on)
    {
        EnsureActiveOn(on, "removed from");
        var item = _scope.SingleOrDefault(i => i.IsInScope && i.Is(kind, itemId))
            ?? throw new DomainException($"That {(kind == ScopeItemKind.RootCause ? "root cause" : "action")} is not in sprint {Number}.");
        if (on < item.AddedOn) throw new DomainException($"{item.Reference} joined sprint {Number} on {item.AddedOn:yyyy-MM-dd} and cannot leave before that.");
        item.Remove(on);
    }

    /// <summary>
    /// Closes the sprint, recording which in-scope items were delivered. A delivery dated after the
    /// sprint's last day does not count here (the item is carried forward and its delivery belongs to
    /// the next sprint); one dated before the item joined counts as delivered on the day it joined.
    /// Items not delivered are carried forward. Closing before the last day cuts the owners' updates and
    /// the burndown short, so it is for the ISG's chair or the PMO only, with a reason that the sprint keeps.
    /// </summary>
    /// <param name="today">The day it closes (the trust's day, in London).</param>
    /// <param name="earlyReason">Why it closes before its last day; needed then, and not kept otherwise.</param>
    /// <param name="byChairOrPmo">Whether the person closing it chairs its ISG or is the PMO (the daily job is neither).</param>
    public void Close(IEnumerable<ItemDelivery> deliveries, DateTimeOffset at, DateOnly today, string? earlyReason = null, bool byChairOrPmo = false)
    {
        if (State != SprintState.Active) throw new DomainException($"Sprint {Number} is {State}; only an active sprint can be closed.");
        if (ClosesEarlyOn(today))
        {
            var left = DaysLeftOn(today);
            if (!byChairOrPmo)
                throw new DomainException($"Sprint {Number} runs to {UkDate.Format(EndsOn)}: only the ISG's chair or the PMO may close it {left} {DayWord(left)} early.");
            if (string.IsNullOrWhiteSpace(earlyReason))
                throw new DomainException($"Sprint {Number} runs to {UkDate.Format(EndsOn)}: give a reason for closing it {left} {DayWord(left)} early.");
            EarlyCloseReason = earlyReason.Trim();
        }
        foreach (var (item, on) in DeliveredWithin(deliveries))
            item.Deliver(on);

        State = SprintState.Closed;
        ClosedAt = at;
        ClosedOn = today;
    }

    private static string DayWord(int count) => count == 1 ? "day" : "days";

    /// <summary>
    /// The in-scope items these deliveries deliver within the sprint, and on which day: the rule <see cref="Close"/>
    /// records, and what an active sprint's review shows so far.
    /// </summary>
    public IReadOnlyList<(SprintScopeItem Item, DateOnly On)> DeliveredWithin(IEnumerable<ItemDelivery> deliveries)
    {
        // An item delivered, reopened and delivered again may be listed twice: its latest delivery is the one that stands.
        var deliveredOn = deliveries
            .GroupBy(d => (d.Kind, d.ItemId))
            .ToDictionary(g => g.Key, g => g.Max(d => d.DeliveredOn));
        var delivered = new List<(SprintScopeItem, DateOnly)>();
        foreach (var item in _scope.Where(i => i.IsInScope))
            if (deliveredOn.TryGetValue((item.Kind, item.ItemId), out var on) && on <= EndsOn)
                delivered.Add((item, on < item.AddedOn ? item.AddedOn : on)); // before it joined counts as the day it joined
        return delivered;
    }

    /// <summary>Refuses to start a sprint while another sprint of the same ISG is active (the caller loads that ISG's sprints).</summary>
    public static void EnsureNoOtherActive(Sprint sprint, IEnumerable<Sprint> sprintsOfIsg)
    {
        var active = sprintsOfIsg.FirstOrDefault(s => s.Id != sprint.Id && s.IsgId == sprint.IsgId && s.State == SprintState.Active);
        if (active is not null) throw new DomainException($"Sprint {active.Number} of this ISG is still active; close it first.");
    }

    /// <summary>True when no ISG has more than one active sprint among these.</summary>
    public static bool AtMostOneActivePerIsg(IEnumerable<Sprint> sprints) =>
        sprints.Where(s => s.State == SprintState.Active).GroupBy(s => s.IsgId).All(g => g.Count() == 1);

    private void EnsureActiveOn(DateOnly on, string verb)
    {
        if (State != SprintState.Active)
            throw new DomainException($"Sprint {Number} is {State}; items can only be {verb} the scope of an active sprint.");
        if (!Contains(on) || on < StartedOn)
            throw new DomainException($"Sprint {Number} is active from {StartedOn:yyyy-MM-dd} to {EndsOn:yyyy-MM-dd}; nothing can be {verb} it on {on:yyyy-MM-dd}.");
    }
}
