using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Charts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.Sprints;

/// <summary>A root cause whose RAG moved during the sprint.</summary>
public sealed record RagChange(Guid RootCauseId, string Reference, Rag From, Rag To);

/// <summary>
/// Closes one sprint: records what was delivered and carried over, snapshots the ISG's trajectory as
/// at the sprint's last day (or today, if it closes early), draws the trajectory and burndown charts for
/// the board paper, and emails the chair a summary (delivered, carried over, missing updates, RAG changes,
/// and why it closed early). Adds everything to the context; the caller saves once, so the close, its
/// summary and its email commit together.
/// </summary>
public sealed class SprintCloser(QipDbContext db, SprintWork work, TrajectoryQuery trajectories, IEmailSender email, TimeProvider clock)
{
    /// <param name="earlyReason">Why it closes before its last day (the Domain refuses an early close without one).</param>
    /// <param name="byChairOrPmo">Closed by hand by the ISG's chair or the PMO; false for the daily job.</param>
    public async Task<SprintSummary> CloseAsync(Sprint sprint, CancellationToken ct, string? earlyReason = null, bool byChairOrPmo = false)
    {
        var today = clock.Today();
        var isg = await db.Isgs.SingleAsync(i => i.Id == sprint.IsgId, ct);
        sprint.Close(await work.DeliveriesAsync(sprint, ct), clock.GetUtcNow(), today, earlyReason, byChairOrPmo);

        var updates = await db.SprintUpdates.Where(u => u.SprintId == sprint.Id).ToListAsync(ct);
        var missing = MissingUpdates.For(sprint, updates);
        var ragChanges = await RagChangesAsync(sprint, today, ct);

        var asOf = sprint.EndsOn < today ? sprint.EndsOn : today;
        var trajectory = await trajectories.ComputeAsync(asOf, sprint.IsgId, bySprint: true, ct);
        var series = trajectory.Series.FirstOrDefault(s => s.IsgId == sprint.IsgId && s.Priority is null) ?? trajectory.Total;
        var burndown = Burndown.For(sprint, [], today);

        var summary = new SprintSummary(sprint, today, missing.Sum(m => m.RootCauses.Count), ragChanges.Count,
            JsonSerializer.Serialize(trajectory.Series.Where(s => s.IsgId == sprint.IsgId)),
            JsonSerializer.Serialize(ragChanges),
            TrajectoryChartPng.Render(series, asOf, $"{isg.Name}: root causes completed against trajectory, by sprint"),
            BurndownChartPng.Render(burndown, BurndownChartPng.Title(sprint.Number, isg.Name)));
        db.SprintSummaries.Add(summary);

        await EmailChairAsync(sprint, isg, missing, ragChanges, ct);
        return summary;
    }

    private async Task<List<RagChange>> RagChangesAsync(Sprint sprint, DateOnly today, CancellationToken ct)
    {
        var started = sprint.Scope.Where(i => i.Kind == ScopeItemKind.RootCause && i.RagAtStart is not null)
            .DistinctBy(i => i.ItemId).ToDictionary(i => i.ItemId, i => i.RagAtStart!.Value);
        var ids = started.Keys.ToList();
        var now = await db.RootCauses.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
        return now.Select(r => new RagChange(r.Id, r.Reference, started[r.Id], r.RagOn(today)))
            .Where(c => c.From != c.To)
            .OrderBy(c => c.Reference)
            .ToList();
    }

    private async Task EmailChairAsync(Sprint sprint, ImprovementSteeringGroup isg, IReadOnlyList<OwnerMissingUpdates> missing,
        List<RagChange> ragChanges, CancellationToken ct)
    {
        if (isg.ChairId is not { } chairId) return;
        var chair = await db.Users.Where(u => u.Id == chairId).Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(ct);
        if (chair?.Email is null) return;
        var ownerIds = missing.Select(m => m.OwnerId).ToList();
        var owners = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);

        var sections = new List<(string Heading, List<string> Lines)>
        {
            ($"Delivered: {sprint.Delivered.Count} of {sprint.CommittedScope.Count} committed", sprint.Delivered.Select(Describe).Order().ToList()),
            ($"Carried over to the next sprint: {sprint.CarriedForward.Count}", sprint.CarriedForward.Select(Describe).Order().ToList()),
            ($"Missing updates: {missing.Sum(m => m.RootCauses.Count)}",
                missing.Select(m => $"{owners.GetValueOrDefault(m.OwnerId, "Unknown owner")}: {string.Join(", ", m.RootCauses.Select(r => r.Reference).Order())}").Order().ToList()),
            ($"RAG changes: {ragChanges.Count}", ragChanges.Select(c => $"{c.Reference}: {c.From} → {c.To}").ToList()),
        };
        var subject = $"{isg.Name}: sprint {sprint.Number} closed ({UkDate.Format(sprint.StartsOn, "d MMM")} to {UkDate.Format(sprint.EndsOn)})";
        // An early close says so first: the figures cover fewer days than the sprint had.
        var early = sprint.EarlyCloseReason is { } reason && sprint.ClosedOn is { } on
            ? $"It was closed on {UkDate.Format(on)}, {Plural(sprint.DaysLeftOn(on), "day")} early: {reason}"
            : null;
        var html = $"<p>Hello {WebUtility.HtmlEncode(chair.DisplayName)},</p><p>{WebUtility.HtmlEncode(subject)}.</p>" +
            (early is null ? "" : $"<p>{WebUtility.HtmlEncode(early)}</p>") + string.Concat(sections.Select(s =>
            $"<h3>{WebUtility.HtmlEncode(s.Heading)}</h3>" + (s.Lines.Count == 0 ? "" : "<ul>" + string.Concat(s.Lines.Select(l => $"<li>{WebUtility.HtmlEncode(l)}</li>")) + "</ul>")));
        var text = $"Hello {chair.DisplayName},\n\n{subject}.\n" + (early is null ? "" : $"{early}\n") + string.Concat(sections.Select(s =>
            $"\n{s.Heading}\n" + string.Concat(s.Lines.Select(l => $"- {l}\n"))));
        await email.QueueAsync(new EmailMessage(chair.Email, chair.DisplayName, subject, html, text, sprint.TrustId,
            DedupKey: $"sprint-closed:{sprint.Id}"), ct);
    }

    private static string Plural(int count, string unit) => $"{count} {unit}{(count == 1 ? "" : "s")}";

    private static string Describe(SprintScopeItem item) =>
        item.Kind == ScopeItemKind.RootCause ? $"{item.Reference} {item.Title}" : $"{item.Reference} action: {item.Title}";
}
