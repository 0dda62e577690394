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
/// The daily overdue escalation, trust by trust: each overdue root cause and action climbs the
/// ladder (owner → ISG chair → accountable executive → ECIB) as the days pass; each person told
/// gets one combined email a day; items back on track have their escalations resolved. Running it
/// again on the same day raises and sends nothing new.
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
        return $"raised {raised}, resolved {resolved} across {count} trusts";
    }

    private async Task<(int Raised, int Resolved)> EscalateAsync(Guid trustId, string trustName, EscalationThresholds thresholds, CancellationToken ct)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var isgs = await db.Isgs.Select(i => new { i.Id, i.ChairId, i.AccountableExecutiveId }).ToDictionaryAsync(i => i.Id, ct);

        var (overdueRootCauses, overdueActions) = await EscalationCandidates.ReadAsync(db, today, ct);
        var open = await db.Escalations.Where(e => e.ResolvedOn == null).ToListAsync(ct);

        var subjects = overdueRootCauses.Select(r => (Subject: EscalationSubject.Of(r, r.OffTrackSince), r.IsgId))
            .Concat(overdueActions.Select(a => (Subject: EscalationSubject.Of(a.Action, a.RootCauseReference), a.IsgId)))
            .ToList();

        // Who hears of each new escalation, collected per person so each gets one email.
        var letters = new Dictionary<Guid, List<Escalation>>();
        var raised = new List<Escalation>();
        foreach (var (subject, isgId) in subjects)
        {
            var mine = open.Where(e => e.IsAbout(subject.Kind, subject.ItemId)).ToList();
            foreach (var escalation in EscalationLadder.Raise(trustId, subject, today, thresholds, mine))
            {
                isgs.TryGetValue(isgId, out var isg);
                IEnumerable<Guid> told = escalation.Level switch
                {
                    EscalationLevel.Owner => [subject.OwnerId],
                    EscalationLevel.IsgChair => isg?.ChairId is { } chair ? [chair] : [],
                    EscalationLevel.AccountableExecutive => isg?.AccountableExecutiveId is { } exec ? [exec] : [],
                    // ECIB-level items are told to the board through the weekly ECIB pack, not a daily email.
                    _ => [],
                };
                foreach (var userId in escalation.RecordTold(told, now))
                    (letters.TryGetValue(userId, out var list) ? list : letters[userId] = []).Add(escalation);
                raised.Add(escalation);
            }
        }
        db.Escalations.AddRange(raised);

        var stillLate = subjects.Select(s => s.Subject.ItemId).ToHashSet();
        var resolved = open.GroupBy(e => e.ItemId)
            .SelectMany(g => EscalationLadder.Settle(g, stillLate.Contains(g.Key), today)).Count();

        await QueueLettersAsync(trustId, trustName, today, letters, ct);
        await db.SaveChangesAsync(ct);
        return (raised.Count, resolved);
    }

    private async Task QueueLettersAsync(Guid trustId, string trustName, DateOnly today, Dictionary<Guid, List<Escalation>> letters, CancellationToken ct)
    {
        var ids = letters.Keys.ToList();
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        foreach (var person in people.Where(p => p.Email is not null))
        {
            var items = letters[person.Id].OrderByDescending(e => e.DaysOverdue).ToList();
            var lines = items.Select(e => e.DaysOverdue > 0
                ? $"{e.Reference}: {e.DaysOverdue} days overdue (due {e.DueOn:d MMM yyyy}), escalated to {Describe(e.Level)}"
                : $"{e.Reference}: reported off track before its due date ({e.DueOn:d MMM yyyy}), escalated to {Describe(e.Level)}").ToList();
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
