using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// The current trust's (finding, root cause) pairs as plan rows, in a few set-based queries.
/// Withdrawn root causes are left out (they are no longer in the plan), and so are root causes
/// that answer no finding, which a plan row cannot express. A row's ISG is its root cause's.
/// </summary>
internal static class PlanRegisterRows
{
    public static async Task<List<PlanRow>> LoadAsync(QipDbContext db, CancellationToken ct)
    {
        var isgs = await db.Isgs.ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var findings = await db.Findings.ToDictionaryAsync(f => f.Id, ct);
        var rootCauses = await db.RootCauses.Where(RootCauseRules.Live).ToDictionaryAsync(r => r.Id, ct);
        var links = await db.RootCauseFindings.Select(l => new { l.RootCauseId, l.FindingId }).ToListAsync(ct);
        var ownerIds = rootCauses.Values.Select(r => r.OwnerId).Distinct().ToList();
        var emails = await db.Users.Where(u => ownerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        var evidence = (await db.Evidence.Select(e => new EvidenceCell(e.RootCauseId, e.Kind, e.Title, e.Url, e.AddedAt)).ToListAsync(ct))
            .GroupBy(e => e.RootCauseId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.AddedAt)!.Text);

        return links
            .Where(l => rootCauses.ContainsKey(l.RootCauseId) && findings.ContainsKey(l.FindingId))
            .Select(l => Row(findings[l.FindingId], rootCauses[l.RootCauseId], isgs, emails, evidence))
            .OrderBy(r => r.Isg, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.FindingRef, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.RootCauseRef, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static PlanRow Row(Finding f, RootCause r, Dictionary<Guid, string> isgs, Dictionary<Guid, string> emails, Dictionary<Guid, string> evidence) =>
        new(0, isgs.GetValueOrDefault(r.IsgId, ""), f.Reference, f.Kind, f.Domain, f.CoreService, f.Text, r.Reference, r.Description,
            emails.GetValueOrDefault(r.OwnerId, ""), r.BaselineDue,
            // A NotStarted root cause's forecast is not its own (it follows the baseline), so it is left blank.
            r.Status == RootCauseStatus.NotStarted ? null : r.ForecastDue,
            r.Status, r.CompletedOn, evidence.GetValueOrDefault(r.Id), f.KloeCode, f.PromptCode, r.AddedToPlanOn);

    /// <summary>The latest evidence is what the row shows: a link by its address, a note or file by its title.</summary>
    private sealed record EvidenceCell(Guid RootCauseId, EvidenceKind Kind, string Title, string? Url, DateTimeOffset AddedAt)
    {
        public string Text => Kind == EvidenceKind.Link && Url is not null ? Url : Title;
    }
}
