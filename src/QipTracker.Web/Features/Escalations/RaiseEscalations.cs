using System.Net;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Escalations;

/// <summary>
/// The daily overdue escalation, trust by trust: each overdue root cause and action has one escalation,
/// which climbs the ladder (owner → ISG chair → accountable executive → ECIB) as the days pass; each
/// person told gets one combined email a day; items back on track have their escalation resolved.
/// Running it again on the same day raises and sends nothing new.
/// </summary>
[SystemJob]
public sealed record RaiseEscalations : IJobRequest;

public sealed class RaiseEscalationsHandler(QipDbContext db, TrustByTrust trusts, TimeProvider clock, IEmailSender email)
    : IRequestHandler<RaiseEscalations, string>
{
    public async Task<string> Handle(RaiseEscalations request, CancellationToken ct)
    {
        var (raised, resolved) = (0, 0);
        var count = await trusts.RunAsync(async trust =>
        {
            var (r, s) = await EscalateAsync(trust.Id, trust.Name, trust.EscalationThresholds, ct);
            (raised, resolved) = (raised + r, resolved + s);
        }, ct);
        return $"{raised} rungs reached, {resolved} resolved across {count} trusts";
    }

    private async Task<(int Raised, int Resolved)> EscalateAsync(Guid trustId, string trustName, EscalationThresholds thresholds, CancellationToken ct)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var isgs = await db.Isgs.Select(i => new { i.Id, i.ChairId, i.AccountableExecutiveId }).ToDictionaryAsync(i => i.Id, ct);

        // Off track or overdue (the Domain's rule): the ladder counts from the due date, or the day it went off track if earlier.
        var (overdueRootCauses, overdueActions) = await EscalationCandidates.ReadAsync(db, today, ct);
        var open = await db.Escalations.Where(e => e.ResolvedOn == null).ToListAsync(ct);

        var subjects = overdueRootCauses.Select(r => (Subject: EscalationSubject.Of(r, r.OffTrackSince), r.IsgId))
            .Concat(overdueActions.Select(a => (Subject: EscalationSubject.Of(a.Action, a.RootCauseReference), a.IsgId)))
            .ToList();

        // Each item has one escalation that climbs; whoever each newly reached rung tells is collected per person,
        // so each gets one email listing their items.
        var letters = new Dictionary<Guid, List<Escalation>>();
        var raised = 0;
        foreach (var (subject, isgId) in subjects)
        {
            var mine = open.Where(e => e.IsAbout(subject.Kind, subject.ItemId)).ToList();
            if (EscalationLadder.Raise(trustId, subject, today, thresholds, mine) is not { } move) continue;
            isgs.TryGetValue(isgId, out var isg);
            foreach (var level in move.Reached)
            {
                IEnumerable<Guid> told = level switch
                {
                    EscalationLevel.Owner => [subject.OwnerId],
                    EscalationLevel.IsgChair => isg?.ChairId is { } chair ? [chair] : [],
                    EscalationLevel.AccountableExecutive => isg?.AccountableExecutiveId is { } exec ? [exec] : [],
                    // ECIB-level items are told to the board through the weekly ECIB pack, not a daily email.
                    _ => [],
                };
                foreach (var userId in move.Escalation.RecordTold(told, now, level))
                    (letters.TryGetValue(userId, out var list) ? list : letters[userId] = []).Add(move.Escalation);
            }
            if (move.IsNew) db.Escalations.Add(move.Escalation);
            raised += move.Reached.Count;
        }

        var stillLate = subjects.Select(s => s.Subject.ItemId).ToHashSet();
        var resolved = open.GroupBy(e => e.ItemId)
            .SelectMany(g => EscalationLadder.Settle(g, stillLate.Contains(g.Key), today)).Count();

        var actionTitles = overdueActions.ToDictionary(a => a.Action.Id, a => a.Action.Title);
        await QueueLettersAsync(trustId, trustName, today, letters, actionTitles, ct);
        await db.SaveChangesAsync(ct);
        return (raised, resolved);
    }

    private async Task QueueLettersAsync(Guid trustId, string trustName, DateOnly today, Dictionary<Guid, List<Escalation>> letters,
        Dictionary<Guid, string> actionTitles, CancellationToken ct)
    {
        // An action is named under its root cause, so the reader knows which step is late.
        string Item(Escalation e) => e.ItemKind == EscalatedItemKind.Action && actionTitles.TryGetValue(e.ItemId, out var title)
            ? $"{e.Reference}, action \"{title}\"" : e.Reference;
        var ids = letters.Keys.ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        foreach (var person in people.Where(p => p.Email is not null))
        {
            var items = letters[person.Id].Distinct().OrderBy(e => e.DueOn).ToList();
            var lines = items.Select(e => (today.DayNumber - e.DueOn.DayNumber) is var days and > 0
                ? $"{Item(e)}: {days} days overdue (due {e.DueOn:d MMM yyyy}), escalated to {Describe(e.Level)}"
                : $"{Item(e)}: reported off track before its due date ({e.DueOn:d MMM yyyy}), escalated to {Describe(e.Level)}").ToList();
            await email.QueueAsync(new EmailMessage(person.Email!, person.DisplayName,
                $"{trustName}: {items.Count} overdue or off-track item{(items.Count == 1 ? "" : "s")} escalated to you",
                $"<p>Hello {WebUtility.HtmlEncode(person.DisplayName)},</p><p>These items of the improvement plan are overdue or off track and have been escalated to you today:</p><ul>" +
                string.Concat(lines.Select(l => $"<li>{WebUtility.HtmlEncode(l)}</li>")) +
                "</ul><p>Owners: please add a recovery plan to each escalation in QipTracker.</p>",
                $"Hello {person.DisplayName},\n\nThese items of the improvement plan are overdue or off track and have been escalated to you today:\n\n" +
                string.Join("\n", lines.Select(l => "- " + l)) + "\n\nOwners: please add a recovery plan to each escalation in QipTracker.",
                trustId, DedupKey: $"escalations:{person.Id}:{today:yyyy-MM-dd}"), ct);
        }
    }

    private static string Describe(EscalationLevel level) => level switch
    {
        EscalationLevel.Owner => "its owner",
        EscalationLevel.IsgChair => "the ISG chair",
        EscalationLevel.AccountableExecutive => "the accountable executive",
        _ => "the ECIB",
    };
}
