using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Register;

/// <summary>The findings a root cause answers, with their text, for the root cause's page.</summary>
[AnyTrustMember]
public sealed record ListRootCauseFindings(Guid RootCauseId) : IQuery<IReadOnlyList<LinkedFinding>>;

/// <param name="Priority">What its kind ranks as (<see cref="FindingKindExtensions.Priority"/>).</param>
public sealed record LinkedFinding(Guid Id, string Reference, FindingKind Kind, string Text, CqcDomain? Domain, string? CoreService,
    string? Regulation, bool SafetyUrgent, PriorityClass Priority);

public sealed class ListRootCauseFindingsHandler(QipDbContext db) : IRequestHandler<ListRootCauseFindings, IReadOnlyList<LinkedFinding>>
{
    public async Task<IReadOnlyList<LinkedFinding>> Handle(ListRootCauseFindings r, CancellationToken ct)
    {
        if (!await db.RootCauses.AnyAsync(rc => rc.Id == r.RootCauseId, ct)) throw new NotFoundException($"Root cause {r.RootCauseId}");
        var findings = await db.RootCauseFindings.Where(l => l.RootCauseId == r.RootCauseId)
            .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f)
            .OrderBy(f => f.Reference)
            .Select(f => new { f.Id, f.Reference, f.Kind, f.Text, f.Domain, f.CoreService, f.Regulation, f.SafetyUrgent })
            .ToListAsync(ct);
        return findings.Select(f => new LinkedFinding(f.Id, f.Reference, f.Kind, f.Text, f.Domain, f.CoreService, f.Regulation, f.SafetyUrgent,
            f.Kind.Priority())).ToList();
    }
}
