using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.ChangeRequests;

/// <summary>
/// Proposes a change to the approved plan for one root cause. Nothing moves until an accountable
/// executive approves it (see <see cref="DecideChange"/>).
/// </summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record RequestChange(Guid RootCauseId, ChangeKind Kind, string Reason, DateOnly? ProposedDue = null,
    Guid? ProposedOwnerId = null, Guid? ProposedIsgId = null, IReadOnlyList<Guid>? MergeRootCauseIds = null,
    IReadOnlyList<SplitPart>? SplitParts = null) : ICommand<ChangeRequestDto>;

public sealed class RequestChangeValidator : AbstractValidator<RequestChange>
{
    public RequestChangeValidator()
    {
        RuleFor(r => r.Reason).NotEmpty().WithMessage("Give the reason for the change.").MaximumLength(InputLimits.Text);
        RuleForEach(r => r.SplitParts).ChildRules(part =>
        {
            part.RuleFor(p => p.Reference).NotEmpty().WithMessage("Give each part a reference.").MaximumLength(InputLimits.Reference);
            part.RuleFor(p => p.Description).NotEmpty().WithMessage("Describe each part.").MaximumLength(InputLimits.Text);
        });
        RuleFor(r => r.ProposedDue).NotNull().When(r => r.Kind == ChangeKind.NewDueDate).WithMessage("Give the proposed due date.");
        RuleFor(r => r.ProposedOwnerId).NotNull().When(r => r.Kind == ChangeKind.NewOwner).WithMessage("Choose the proposed owner.");
        RuleFor(r => r.ProposedIsgId).NotNull().When(r => r.Kind == ChangeKind.NewIsg).WithMessage("Choose the proposed ISG.");
        RuleFor(r => r.MergeRootCauseIds).NotEmpty().When(r => r.Kind == ChangeKind.Merge).WithMessage("Choose the root causes to merge in.");
        RuleFor(r => r.SplitParts).Must(p => p is { Count: >= 2 }).When(r => r.Kind == ChangeKind.Split).WithMessage("A split needs at least two parts.");
    }
}

public sealed class RequestChangeHandler(QipDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RequestChange, ChangeRequestDto>
{
    public async Task<ChangeRequestDto> Handle(RequestChange r, CancellationToken ct)
    {
        var rootCause = await db.LoadForChangeAsync(user, r.RootCauseId, ct);
        var (by, at, trust) = (user.UserId ?? Guid.Empty, clock.GetUtcNow(), rootCause.TrustId);
        var request = r.Kind switch
        {
            ChangeKind.NewDueDate => ChangeRequest.NewDueDate(trust, rootCause.Id, r.ProposedDue!.Value, r.Reason, by, at),
            ChangeKind.NewOwner => ChangeRequest.NewOwner(trust, rootCause.Id, await Member(r.ProposedOwnerId!.Value, ct), r.Reason, by, at),
            ChangeKind.NewIsg => ChangeRequest.NewIsg(trust, rootCause.Id, await Isg(r.ProposedIsgId!.Value, ct), r.Reason, by, at),
            ChangeKind.Withdrawal => ChangeRequest.Withdrawal(trust, rootCause.Id, r.Reason, by, at),
            ChangeKind.Merge => ChangeRequest.Merge(trust, rootCause.Id, await RootCauses(r.MergeRootCauseIds!, ct), r.Reason, by, at),
            ChangeKind.Split => ChangeRequest.Split(trust, rootCause.Id, await NewReferences(r.SplitParts!, ct), r.Reason, by, at),
            _ => throw new RequestValidationException(new Dictionary<string, string[]> { ["Kind"] = [$"Unknown change kind {r.Kind}."] }),
        };
        db.ChangeRequests.Add(request);
        await db.SaveChangesAsync(ct);
        return (await ChangeRequestView.ListAsync(db, null, rootCause.Id, ct)).Single(c => c.Id == request.Id);
    }

    private async Task<Guid> Member(Guid userId, CancellationToken ct) =>
        await db.Memberships.AnyAsync(m => m.UserId == userId, ct) ? userId : throw Invalid("ProposedOwnerId", "The proposed owner is not a member of this trust.");

    private async Task<Guid> Isg(Guid isgId, CancellationToken ct) =>
        await db.Isgs.AnyAsync(i => i.Id == isgId, ct) ? isgId : throw Invalid("ProposedIsgId", "That ISG is not in this trust.");

    private async Task<IReadOnlyList<Guid>> RootCauses(IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var found = await db.RootCauses.Where(RootCauseRules.Live).Where(rc => ids.Contains(rc.Id)).CountAsync(ct);
        return found == ids.Distinct().Count() ? ids : throw Invalid("MergeRootCauseIds", "Every root cause to merge must be a live root cause of this trust.");
    }

    private async Task<IReadOnlyList<SplitPart>> NewReferences(IReadOnlyList<SplitPart> parts, CancellationToken ct)
    {
        var references = parts.Select(p => p.Reference.Trim()).ToList();
        var taken = await db.RootCauses.Where(rc => references.Contains(rc.Reference)).Select(rc => rc.Reference).ToListAsync(ct);
        return taken.Count == 0 ? parts : throw Invalid("SplitParts", $"Already used: {string.Join(", ", taken)}.");
    }

    private static RequestValidationException Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}
