using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Escalations;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Escalations;

/// <summary>The names an escalation mentions (owner, people told, the plan's author), read in one query, and its climb told as rungs.</summary>
internal sealed class EscalationPeople(IReadOnlyDictionary<Guid, string> names)
{
    public string Name(Guid id) => names.TryGetValue(id, out var name) ? name : "";

    public static async Task<EscalationPeople> NamesAsync(QipDbContext db, IEnumerable<Escalation> escalations, CancellationToken ct)
    {
        var list = escalations.ToList();
        var ids = list.SelectMany(e => e.Told.Select(t => t.UserId).Append(e.OwnerId))
            .Concat(list.Where(e => e.RecoveryPlanBy is not null).Select(e => e.RecoveryPlanBy!.Value)).Distinct().ToList();
        return new(await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct));
    }

    /// <summary>Each rung reached with whoever was told at it (a notice from before rungs were kept counts at the first rung).</summary>
    public static IReadOnlyList<EscalationRung> History(Escalation e, EscalationPeople names)
    {
        var steps = e.Steps.Count > 0 ? e.Steps : [new EscalationStep(e.Level, e.RaisedOn)];
        return steps.Select(s => new EscalationRung(s.Level, s.ReachedOn,
                e.Told.Where(t => (t.Level ?? steps[0].Level) == s.Level).Select(t => new ToldPerson(names.Name(t.UserId), t.ToldAt)).ToList()))
            .ToList();
    }
}
