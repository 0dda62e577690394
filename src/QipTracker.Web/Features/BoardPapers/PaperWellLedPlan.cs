using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// The Well-led plan by KLOE, one row for each of W1–W8 that has findings tagged to it: actions done in
/// the month on the root causes answering those findings, the evidence recorded by the month end (what
/// it shows), and the open actions due in the next three months. Long lists are cut, saying how many more.
/// </summary>
internal static class PaperWellLedPlan
{
    private const int Listed = 6;
    private const int MonthsAhead = 3;

    public static async Task<ValueList<WellLedKloeProgress>> ReadAsync(QipDbContext db, DateOnly month, DateOnly asAt, CancellationToken ct)
    {
        var links = await db.RootCauseFindings
            .Join(db.Findings.Where(f => f.KloeCode != null), l => l.FindingId, f => f.Id, (l, f) => new { l.RootCauseId, Kloe = f.KloeCode! })
            .Distinct().ToListAsync(ct);
        var tagged = await db.Findings.Where(f => f.KloeCode != null).Select(f => f.KloeCode!).Distinct().ToListAsync(ct);
        if (tagged.Count == 0) return ValueList<WellLedKloeProgress>.Empty;

        // The root causes answering a tagged finding, as a subquery: one round trip each, however many there are.
        var inPlan = db.RootCauseFindings.Join(db.Findings.Where(f => f.KloeCode != null), l => l.FindingId, f => f.Id, (l, f) => l.RootCauseId);
        var horizon = asAt.AddMonths(MonthsAhead);
        var actions = await db.Actions
            .Where(a => inPlan.Contains(a.RootCauseId) && a.Status != ActionStatus.Cancelled
                        && ((a.DoneOn >= month && a.DoneOn <= asAt) || ((a.DoneOn == null || a.DoneOn > asAt) && a.DueOn > asAt && a.DueOn <= horizon)))
            .Select(a => new { a.RootCauseId, a.Title, a.DueOn, a.DoneOn, RootCause = db.RootCauses.Where(r => r.Id == a.RootCauseId).Select(r => r.Reference).FirstOrDefault() })
            .ToListAsync(ct);
        var cutoff = PaperMonth.EndOfDayUtc(asAt);
        var evidence = await db.Evidence.Where(e => inPlan.Contains(e.RootCauseId) && e.AddedAt < cutoff)
            .Select(e => new { e.RootCauseId, e.Title, e.WhatItShows, e.AddedAt })
            .ToListAsync(ct);

        var rows = new List<WellLedKloeProgress>();
        foreach (var kloe in WellLedKloes.All.Where(k => tagged.Contains(k.Code, StringComparer.OrdinalIgnoreCase)))
        {
            var rootCauses = links.Where(l => l.Kloe.Equals(kloe.Code, StringComparison.OrdinalIgnoreCase)).Select(l => l.RootCauseId).ToHashSet();
            var mine = actions.Where(a => rootCauses.Contains(a.RootCauseId)).ToList();
            var done = mine.Where(a => a.DoneOn >= month && a.DoneOn <= asAt).OrderBy(a => a.DoneOn)
                .Select(a => $"{a.Title} ({a.RootCause}, done {PaperLabels.ShortDate(a.DoneOn!.Value)})");
            var planned = mine.Where(a => a.DoneOn is null || a.DoneOn > asAt).OrderBy(a => a.DueOn)
                .Select(a => $"{a.Title} ({a.RootCause}, due {PaperLabels.ShortDate(a.DueOn)})");
            var shown = evidence.Where(e => rootCauses.Contains(e.RootCauseId)).OrderByDescending(e => e.AddedAt)
                .Select(e => string.IsNullOrWhiteSpace(e.WhatItShows) ? e.Title : $"{e.Title}: {e.WhatItShows}");
            rows.Add(new WellLedKloeProgress(kloe.Code, kloe.Title,
                List(done, "No actions were completed this month."),
                List(shown, "No evidence is recorded yet."),
                List(planned, $"No actions are due in the next {MonthsAhead} months.")));
        }
        return new(rows);
    }

    private static string List(IEnumerable<string> items, string none)
    {
        var all = items.ToList();
        if (all.Count == 0) return none;
        var lines = all.Take(Listed).ToList();
        if (all.Count > Listed) lines.Add($"… and {all.Count - Listed} more.");
        return string.Join("\n", lines);
    }
}
