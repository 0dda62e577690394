using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// The PMO records an exit criterion agreed with the trust's overseers, or with an id and the version they loaded
/// revises one (its status as it moves, the evidence in words). Someone else's save in between is a conflict.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record SaveExitCriterion(Guid? Id, string Text, DateOnly AgreedOn, ExitCriterionStatus Status, string? EvidenceNote, long? Version = null)
    : ICommand<ExitCriterionDto>;

public sealed class SaveExitCriterionValidator : AbstractValidator<SaveExitCriterion>
{
    public SaveExitCriterionValidator()
    {
        RuleFor(r => r.Text).NotEmpty().WithMessage("Say what the exit criterion is.").MaximumLength(InputLimits.Text);
        RuleFor(r => r.EvidenceNote).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Status).IsInEnum();
        RuleFor(r => r.Version).NotNull().When(r => r.Id is not null).WithMessage("Give the version of the criterion you are changing.");
    }
}

public sealed class SaveExitCriterionHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<SaveExitCriterion, ExitCriterionDto>
{
    public async Task<ExitCriterionDto> Handle(SaveExitCriterion r, CancellationToken ct)
    {
        ExitCriterion criterion;
        if (r.Id is { } id)
        {
            criterion = await db.ExitCriteria.SingleOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Exit criterion {id}");
            db.ExpectVersion(criterion, r.Version!.Value);
            criterion.Revise(r.Text, r.AgreedOn, r.Status, r.EvidenceNote);
        }
        else
        {
            criterion = new ExitCriterion(user.TrustId!.Value, r.Text, r.AgreedOn, r.Status, r.EvidenceNote);
            db.ExitCriteria.Add(criterion);
        }
        await db.SaveChangesAsync(ct);
        return await db.ExitCriteria.Where(c => c.Id == criterion.Id).Select(ExitCriterionDto.Of).SingleAsync(ct);
    }
}
