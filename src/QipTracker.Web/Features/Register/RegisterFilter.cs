using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// The register's filters, on root causes in SQL: shared by the register page (<see cref="SearchRegister"/>) and the
/// API's root-cause list (<see cref="RootCauses.ListAllRootCauses"/>), so both select the same rows for the same ask.
/// Overdue is the Domain's rule (<see cref="RootCauseRules.Overdue"/>).
/// </summary>
public sealed record RegisterFilter(Guid? IsgId = null, PriorityClass? Priority = null, Guid? OwnerId = null, RootCauseStatus? Status = null,
    bool OverdueOnly = false, string? Text = null, Guid? FindingId = null)
{
    public IQueryable<RootCause> Apply(QipDbContext db, IQueryable<RootCause> query, DateOnly today)
    {
        if (IsgId is { } isg) query = query.Where(rc => rc.IsgId == isg);
        if (Priority is { } priority) query = query.Where(rc => rc.Priority == priority);
        if (OwnerId is { } owner) query = query.Where(rc => rc.OwnerId == owner);
        if (Status is { } status) query = query.Where(rc => rc.Status == status);
        if (FindingId is { } finding) query = query.Where(rc => db.RootCauseFindings.Any(l => l.RootCauseId == rc.Id && l.FindingId == finding));
        if (OverdueOnly) query = query.Where(RootCauseRules.Overdue(today));
        if (!string.IsNullOrWhiteSpace(Text))
        {
            // Lower-cased on both sides: SQLite's instr and PostgreSQL's strpos are case-sensitive.
            var text = Text.Trim().ToLowerInvariant();
            query = query.Where(rc => rc.Reference.ToLower().Contains(text) || rc.Description.ToLower().Contains(text)
                || db.RootCauseFindings.Any(l => l.RootCauseId == rc.Id
                    && db.Findings.Any(f => f.Id == l.FindingId && f.Reference.ToLower().Contains(text))));
        }
        return query;
    }
}
