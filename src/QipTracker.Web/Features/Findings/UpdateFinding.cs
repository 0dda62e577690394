using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>Edits a finding; reclassifying it re-derives the priority class of every root cause that answers it.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record UpdateFinding(Guid Id, FindingFields Fields, long Version) : ICommand<FindingDto>;

public sealed class UpdateFindingValidator : AbstractValidator<UpdateFinding>
{
    public UpdateFindingValidator() => RuleFor(r => r.Fields).NotNull().SetValidator(new FindingFieldsValidator());
}

public sealed class UpdateFindingHandler(QipDbContext db) : IRequestHandler<UpdateFinding, FindingDto>
{
    public async Task<FindingDto> Handle(UpdateFinding r, CancellationToken ct)
    {
        var finding = await db.Findings.SingleOrDefaultAsync(x => x.Id == r.Id, ct) ?? throw new NotFoundException($"Finding {r.Id}");
        db.ExpectVersion(finding, r.Version);
        var f = r.Fields;
        await db.EnsureValidAsync(f, finding.Id, ct);
        var kindChanged = finding.Kind != f.Kind;
        finding.Reword(f.Reference, f.Text);
        finding.Reclassify(f.Kind);
        finding.AssignTo(f.IsgId);
        finding.FromInspection(f.InspectionId);
        FindingFieldChecks.Describe(finding, f);
        if (kindChanged) await RederivePriorities(finding, ct);
        await db.SaveChangesAsync(ct);
        return await FindingView.LoadAsync(db, finding.Id, ct);
    }

    // A root cause's class follows its strongest finding, so a reclassified finding moves them.
    private async Task RederivePriorities(Finding changed, CancellationToken ct)
    {
        var rootCauseIds = await db.RootCauseFindings.Where(l => l.FindingId == changed.Id).Select(l => l.RootCauseId).ToListAsync(ct);
        var kinds = await db.RootCauseFindings.Where(l => rootCauseIds.Contains(l.RootCauseId) && l.FindingId != changed.Id)
            .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => new { l.RootCauseId, f.Kind }).ToListAsync(ct);
        foreach (var rootCause in await db.RootCauses.Where(rc => rootCauseIds.Contains(rc.Id)).ToListAsync(ct))
            rootCause.RecomputePriority(kinds.Where(k => k.RootCauseId == rootCause.Id).Select(k => k.Kind).Append(changed.Kind));
    }
}
