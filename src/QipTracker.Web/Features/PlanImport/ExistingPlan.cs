using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// The current trust's plan as the import needs it, loaded in a handful of queries (not one per
/// row) and looked up by reference, name or email. New records join it as they are created, so
/// later rows find them. References and ISG names match ignoring case.
/// </summary>
internal sealed class ExistingPlan
{
    private static readonly StringComparer Ref = StringComparer.OrdinalIgnoreCase;

    public Dictionary<string, ImprovementSteeringGroup> Isgs { get; } = new(Ref);
    public Dictionary<string, Finding> Findings { get; } = new(Ref);
    public Dictionary<Guid, Finding> FindingsById { get; } = [];
    public Dictionary<string, RootCause> RootCauses { get; } = new(Ref);
    /// <summary>People by normalised email, whichever trust they belong to.</summary>
    public Dictionary<string, AppUser> Users { get; } = new(StringComparer.Ordinal);
    /// <summary>People who already hold the RootCauseOwner role in this trust, or have an invitation to it waiting.</summary>
    public HashSet<Guid> Owners { get; } = [];

    public static async Task<ExistingPlan> LoadAsync(QipDbContext db, IReadOnlyCollection<string> normalisedEmails, DateTimeOffset now, CancellationToken ct)
    {
        var plan = new ExistingPlan();
        foreach (var isg in await db.Isgs.ToListAsync(ct)) plan.Isgs.TryAdd(isg.Name, isg);
        foreach (var finding in await db.Findings.ToListAsync(ct)) plan.Add(finding);
        // Every root cause, not only the file's: reclassifying a finding may change the priority of any root cause that answers it.
        foreach (var rootCause in await db.RootCauses.Include(r => r.Findings).Include(r => r.Evidence).AsSplitQuery().ToListAsync(ct))
            plan.RootCauses.TryAdd(rootCause.Reference, rootCause);

        foreach (var user in await db.Users.Where(u => normalisedEmails.Contains(u.NormalizedEmail!)).ToListAsync(ct))
            plan.Users.TryAdd(user.NormalizedEmail!, user);
        var userIds = plan.Users.Values.Select(u => u.Id).ToList();
        plan.Owners.UnionWith(await db.Memberships
            .Where(m => m.Role == TrustRole.RootCauseOwner && userIds.Contains(m.UserId))
            .Select(m => m.UserId).ToListAsync(ct));
        plan.Owners.UnionWith(await db.Invitations
            .Where(i => i.Role == TrustRole.RootCauseOwner && userIds.Contains(i.UserId)
                        && i.AcceptedAt == null && i.DeclinedAt == null && i.WithdrawnAt == null && i.ExpiresAt > now)
            .Select(i => i.UserId).ToListAsync(ct));
        return plan;
    }

    public void Add(Finding finding)
    {
        Findings.TryAdd(finding.Reference, finding);
        FindingsById[finding.Id] = finding;
    }
}
