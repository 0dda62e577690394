using QipTracker.Domain.Common;
using System.Net;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Ecib;

/// <summary>
/// The weekly ECIB pack, trust by trust: emailed to each accountable executive, with the full pack on
/// the ECIB page where they decide the changes. Items escalated to ECIB level are told here, not daily.
/// Once per trust per week: a second run in the same ISO week queues nothing new.
/// </summary>
[SystemJob]
public sealed record SendEcibPack : IJobRequest;

public sealed class SendEcibPackHandler(QipDbContext db, TrustByTrust trusts, TimeProvider clock, IEmailSender email)
    : IRequestHandler<SendEcibPack, string>
{
    private const int ListedInEmail = 25;

    public async Task<string> Handle(SendEcibPack request, CancellationToken ct)
    {
        var sent = 0;
        var count = await trusts.RunAsync(async trust => sent += await SendAsync(trust.Id, trust.Name, ct), ct);
        return $"ECIB pack for {sent} executives across {count} trusts";
    }

    private async Task<int> SendAsync(Guid trustId, string trustName, CancellationToken ct)
    {
        var pack = await EcibPackView.LoadAsync(db, clock.Today(), ct);
        var executives = await db.Memberships.Where(m => m.Role == TrustRole.AccountableExecutive)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.DisplayName })
            .Distinct().ToListAsync(ct);
        if (executives.Count == 0) return 0;

        var week = System.Globalization.ISOWeek.GetWeekOfYear(pack.AsOf.ToDateTime(TimeOnly.MinValue));
        var year = System.Globalization.ISOWeek.GetYear(pack.AsOf.ToDateTime(TimeOnly.MinValue));
        var subject = $"{trustName}: ECIB pack for week {week} — {pack.OffTrack.Count} off-track items, {pack.PendingChanges.Count} changes to decide";
        var offTrack = pack.OffTrack.Take(ListedInEmail).Select(i =>
            $"{i.Reference} ({i.Isg}, {i.Owner}): {(i.DaysOverdue > 0 ? $"{i.DaysOverdue} days overdue" : "off track")}" +
            $"{(i.Level is { } level ? $", escalated to {level}" : "")}. Recovery plan: {i.RecoveryPlan ?? "none yet"}").ToList();
        var changes = pack.PendingChanges.Select(c => $"{c.RootCauseReference}: {Words.For(c.Kind)} requested by {c.RequestedBy} — {c.Reason}").ToList();
        var more = pack.OffTrack.Count > ListedInEmail ? $"… and {pack.OffTrack.Count - ListedInEmail} more on the ECIB page." : null;

        var queued = 0;
        foreach (var exec in executives.Where(e => e.Email is not null))
        {
            var html = $"<p>Hello {WebUtility.HtmlEncode(exec.DisplayName)},</p><p>This week's ECIB pack is ready in QipTracker (ECIB page), where you can approve or reject the changes.</p>"
                + Section("Off-track and overdue items", offTrack, more) + Section("Change requests waiting for a decision", changes, null);
            var text = $"Hello {exec.DisplayName},\n\nThis week's ECIB pack is ready in QipTracker (ECIB page), where you can approve or reject the changes.\n\n"
                + $"Off-track and overdue items ({offTrack.Count}):\n" + string.Concat(offTrack.Select(l => $"- {l}\n")) + (more is null ? "" : more + "\n")
                + $"\nChange requests waiting for a decision ({changes.Count}):\n" + string.Concat(changes.Select(l => $"- {l}\n"));
            await email.QueueAsync(new EmailMessage(exec.Email!, exec.DisplayName, subject, html, text, trustId,
                DedupKey: $"ecib-pack:{exec.Id}:{year}-W{week:00}"), ct);
            queued++;
        }
        await db.SaveChangesAsync(ct);
        return queued;
    }

    private static string Section(string heading, List<string> lines, string? more) =>
        $"<h3>{WebUtility.HtmlEncode(heading)} ({lines.Count})</h3>" +
        (lines.Count == 0 ? "<p>None.</p>" : "<ul>" + string.Concat(lines.Select(l => $"<li>{WebUtility.HtmlEncode(l)}</li>")) + "</ul>") +
        (more is null ? "" : $"<p>{WebUtility.HtmlEncode(more)}</p>");
}
