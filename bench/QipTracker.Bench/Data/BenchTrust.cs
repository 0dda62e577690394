using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;

namespace QipTracker.Bench.Data;

/// <summary>The trust the requests run in, and who signs in to it: the PMO, each ISG's chair, the root-cause owners.</summary>
public sealed class BenchTrust
{
    public BenchTrust(GeneratedTrust plan)
    {
        TrustId = plan.Trust.Id;
        Name = plan.Trust.Name;
        Pmo = Actor.In(TrustId, plan.Pmo.Id, TrustRole.Pmo);
        Chairs = plan.Isgs.Select(i => (Actor.In(TrustId, i.ChairId!.Value, TrustRole.IsgChair, TrustRole.RootCauseOwner), i.Id)).ToList();
        var owners = plan.RootCauses.Select(r => r.OwnerId).ToHashSet();
        var chairs = plan.Chairs.Select(c => c.Id).ToHashSet();
        // Owners who are not also a chair come first, and so does their work: the first client of an owner's row is a
        // plain owner at every size (a chair's access check costs a query more), which the round-trip guard relies on.
        Owners = plan.Memberships.Where(m => m.Role == TrustRole.RootCauseOwner && owners.Contains(m.UserId))
            .OrderBy(m => chairs.Contains(m.UserId))
            .Select(m => Actor.In(TrustId, m.UserId, chairs.Contains(m.UserId) ? [TrustRole.IsgChair, TrustRole.RootCauseOwner] : [TrustRole.RootCauseOwner]))
            .ToList();
        // Live work an owner would update today: started, not delivered.
        InProgress = plan.RootCauses.Where(r => r.Status == RootCauseStatus.InProgress).OrderBy(r => chairs.Contains(r.OwnerId))
            .Select(r => (r.Id, r.OwnerId)).ToList();
        Detail = plan.RootCauses.OrderByDescending(r => plan.Actions.Count(a => a.RootCauseId == r.Id)).First().Id;
        Kpis = plan.Kpis.Where(k => k.Kind == KpiKind.HighLevel).Select(k => k.Id).ToList();
    }

    public Guid TrustId { get; }
    public string Name { get; }
    public Actor Pmo { get; }
    public IReadOnlyList<(Actor Chair, Guid IsgId)> Chairs { get; }
    public IReadOnlyList<Actor> Owners { get; }
    public IReadOnlyList<(Guid Id, Guid OwnerId)> InProgress { get; }
    public Guid Detail { get; }
    public IReadOnlyList<Guid> Kpis { get; }

    public Actor Owner(Guid userId) => Owners.FirstOrDefault(o => o.UserId == userId) ?? Actor.In(TrustId, userId, TrustRole.RootCauseOwner);
}
