using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// The Well-led plan by KLOE, W1 to W8 each under its question: how many findings are tagged to it, the root
/// causes answering them (live at the month end) and how many are complete; then, per root cause with activity,
/// the actions completed in the month, its impact (the evidence recorded by the month end: what it shows) and
/// the next steps (open actions due in the next three months). Four queries, however large the plan.
/// </summary>
internal static class PaperWellLedPlan
{
    private const int LinesPerKloe = 8;
    private const int Listed = 3;
    private const int MonthsAhead = 3;
    private const int RootCauseText = 90;

    /// <param name="plan">The plan as it stood at the month end (<see cref="PlanAsAt"/>).</param>
    public static async Task<ValueList<WellLedKloe>> ReadAsync(QipDbContext db, IReadOnlyList<RootCauseAsAt> plan, DateOnly month, DateOnly asAt, CancellationToken ct)
    {
        // Findings and actions in the plan by the month end; root causes as they stood then (PlanAsAt).
        var tagged = db.Findings.Where(f => f.KloeCode != null && f.AddedToPlanOn <= asAt);
        var findings = await tagged.GroupBy(f => f.KloeCode!).Select(g => new { Kloe = g.Key, Count = g.Count() }).ToListAsync(ct);
        var tags = await db.RootCauseFindings
            .Join(tagged, l => l.FindingId, f => f.Id, (l, f) => new { l.RootCauseId, Kloe = f.KloeCode! })
            .Distinct().ToListAsync(ct);
        var asThen = plan.Where(r => r.Item.IsInPlanOn(asAt)).ToDictionary(r => r.Item.RootCauseId);
        var links = tags.Where(t => asThen.ContainsKey(t.RootCauseId)).Select(t =>
        {
            var rc = asThen[t.RootCauseId];
            return new { t.Kloe, Id = t.RootCauseId, rc.Item.Reference, rc.Description, Completed = rc.Item.IsDeliveredBy(asAt), rc.Item.CompletedOn };
        }).ToList();

        // The root causes answering a tagged finding, as a subquery: one round trip each, however many there are.
        var inPlan = db.RootCauseFindings.Join(tagged, l => l.FindingId, f => f.Id, (l, f) => l.RootCauseId);
        var horizon = asAt.AddMonths(MonthsAhead);
        var actions = (await db.Actions
            .Where(a => inPlan.Contains(a.RootCauseId) && a.Status != ActionStatus.Cancelled && a.AddedToPlanOn <= asAt
                        && ((a.DoneOn >= month && a.DoneOn <= asAt) || ((a.DoneOn == null || a.DoneOn > asAt) && a.DueOn <= horizon)))
            .Select(a => new { a.RootCauseId, a.Title, a.DueOn, a.DoneOn })
            .ToListAsync(ct)).ToLookup(a => a.RootCauseId);
        var cutoff = PaperMonth.EndOfDayUtc(asAt);
        var evidence = (await db.Evidence.Where(e => inPlan.Contains(e.RootCauseId) && e.AddedAt < cutoff)
            .Select(e => new { e.RootCauseId, e.Title, e.WhatItShows, e.AddedAt })
            .ToListAsync(ct)).ToLookup(e => e.RootCauseId);

        var kloes = new List<WellLedKloe>();
        foreach (var kloe in WellLedKloes.All)
        {
            bool Mine(string code) => code.Equals(kloe.Code, StringComparison.OrdinalIgnoreCase);
            var rootCauses = links.Where(l => Mine(l.Kloe)).DistinctBy(l => l.Id).OrderBy(l => l.Reference, StringComparer.Ordinal).ToList();
            var lines = new List<(bool Done, WellLedLine Line)>();
            foreach (var rc in rootCauses)
            {
                var done = actions[rc.Id].Where(a => a.DoneOn >= month && a.DoneOn <= asAt).OrderBy(a => a.DoneOn)
                    .Select(a => $"{a.Title} (done {PaperLabels.ShortDate(a.DoneOn!.Value)})").ToList();
                if (rc.Completed && rc.CompletedOn >= month)
                    done.Add($"Root cause completed on {PaperLabels.ShortDate(rc.CompletedOn!.Value)}");
                // Still open at the month end (however it stands today), due by the horizon; an overdue one is a next step too.
                var next = actions[rc.Id].Where(a => a.DoneOn is null || a.DoneOn > asAt).OrderBy(a => a.DueOn)
                    .Select(a => $"{a.Title} ({(a.DueOn <= asAt ? "overdue, was due" : "due")} {PaperLabels.ShortDate(a.DueOn)})").ToList();
                if (done.Count == 0 && next.Count == 0) continue;
                var shown = evidence[rc.Id].OrderByDescending(e => e.AddedAt).Select(e => string.IsNullOrWhiteSpace(e.WhatItShows) ? e.Title : $"{e.Title}: {e.WhatItShows}")
                    .Distinct().ToList();
                lines.Add((done.Count > 0, new WellLedLine($"{rc.Reference}: {Short(rc.Description)}",
                    List(done, "Nothing completed this month."), List(shown, "No evidence recorded yet."), List(next, "No actions due in the next three months."))));
            }
            var ordered = lines.OrderByDescending(l => l.Done).Select(l => l.Line).ToList();
            kloes.Add(new WellLedKloe(kloe.Code, WellLedKloes.Question(kloe.Code), findings.Where(f => Mine(f.Kloe)).Sum(f => f.Count),
                rootCauses.Count, rootCauses.Count(r => r.Completed),
                new(ordered.Take(LinesPerKloe)), Math.Max(0, ordered.Count - LinesPerKloe)));
        }
        return new(kloes);
    }

    private static string Short(string text) => text.Length <= RootCauseText ? text : text[..(RootCauseText - 1)].TrimEnd() + "…";

    private static string List(List<string> items, string none)
    {
        if (items.Count == 0) return none;
        var lines = items.Take(Listed).ToList();
        if (items.Count > Listed) lines.Add($"… and {items.Count - Listed} more.");
        return string.Join("\n", lines);
    }
}
