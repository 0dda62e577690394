using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// Unpacks findings into a new root cause: the PMO names the findings it answers (its priority
/// class follows the strongest), its owner, ISG and baseline due date, which starts its baseline history.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record CreateRootCause(string Reference, string Description, Guid OwnerId, Guid IsgId, DateOnly BaselineDue,
    IReadOnlyList<Guid> FindingIds) : ICommand<RootCauseDto>;

public sealed class CreateRootCauseValidator : AbstractValidator<CreateRootCause>
{
    public CreateRootCauseValidator()
    {
        RuleFor(r => r.Reference).NotEmpty().MaximumLength(InputLimits.Reference);
        RuleFor(r => r.Description).NotEmpty().MaximumLength(InputLimits.Text);
        RuleFor(r => r.OwnerId).NotEmpty();
        RuleFor(r => r.IsgId).NotEmpty();
        RuleFor(r => r.FindingIds).NotEmpty().WithMessage("A root cause answers at least one finding.");
    }
}

public sealed class CreateRootCauseHandler(QipDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CreateRootCause, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(CreateRootCause r, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var reference = r.Reference.Trim();
        if (await db.RootCauses.AnyAsync(rc => rc.Reference == reference, ct)) errors["Reference"] = [$"{reference} is already used."];
        if (!await db.Memberships.AnyAsync(m => m.UserId == r.OwnerId, ct)) errors["OwnerId"] = ["The owner must be a member of this trust."];
        if (!await db.Isgs.AnyAsync(i => i.Id == r.IsgId, ct)) errors["IsgId"] = ["That ISG is not in this trust."];
        var findings = await db.Findings.Where(f => r.FindingIds.Contains(f.Id)).ToListAsync(ct);
        if (findings.Count != r.FindingIds.Distinct().Count()) errors["FindingIds"] = ["Every finding must be one of this trust's findings."];
        if (errors.Count > 0) throw new RequestValidationException(errors);

        var rootCause = new RootCause(user.TrustId!.Value, reference, r.Description, r.OwnerId, r.IsgId, r.BaselineDue);
        foreach (var finding in findings) rootCause.Answer(finding);
        db.RootCauses.Add(rootCause);
        db.BaselineHistory.Add(new BaselineRecord(rootCause.TrustId, rootCause.Id, r.BaselineDue, clock.Today(), null, clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return (await RootCauseView.LoadAsync(db, rootCause.Id, clock.Today(), ct)).Dto;
    }
}
