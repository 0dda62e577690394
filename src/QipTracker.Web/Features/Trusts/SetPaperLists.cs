using FluentValidation;
using Microsoft.EntityFrameworkCore;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Trusts;

/// <summary>
/// The lists the trust's board paper cover sheets choose from: its strategic objectives and the risks on its
/// Board Assurance Framework, in the order the cover sheet prints them. A paper already generated keeps the
/// choices it was frozen with; drafts keep what they chose.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin, TrustRole.Pmo)]
public sealed record SetPaperLists(IReadOnlyList<string> StrategicObjectives, IReadOnlyList<string> BafRisks) : ICommand<PaperListsDto>;

public sealed record PaperListsDto(IReadOnlyList<string> StrategicObjectives, IReadOnlyList<string> BafRisks);

public sealed class SetPaperListsValidator : AbstractValidator<SetPaperLists>
{
    /// <summary>A cover sheet lists every objective: more than this would not fit on it.</summary>
    public const int MaxItems = 30;

    public SetPaperListsValidator()
    {
        RuleFor(r => r.StrategicObjectives).NotNull().Must(l => l.Count <= MaxItems).WithMessage($"Keep the list to {MaxItems} strategic objectives at most.");
        RuleFor(r => r.BafRisks).NotNull().Must(l => l.Count <= MaxItems).WithMessage($"Keep the list to {MaxItems} Board Assurance Framework risks at most.");
        RuleForEach(r => r.StrategicObjectives).MaximumLength(InputLimits.Line);
        RuleForEach(r => r.BafRisks).MaximumLength(InputLimits.Line);
    }
}

public sealed class SetPaperListsHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<SetPaperLists, PaperListsDto>
{
    public async Task<PaperListsDto> Handle(SetPaperLists r, CancellationToken ct)
    {
        var trust = await db.Trusts.SingleOrDefaultAsync(t => t.Id == user.TrustId, ct) ?? throw new NotFoundException("Your trust");
        trust.SetPaperLists(r.StrategicObjectives, r.BafRisks);
        await db.SaveChangesAsync(ct);
        return new PaperListsDto(trust.StrategicObjectives, trust.BafRisks);
    }
}
