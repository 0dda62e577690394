using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Inspections;

public sealed record InspectionDto(Guid Id, string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices, int Findings);

/// <summary>Records a CQC inspection and, once published, its report: ratings and enforcement notices.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record RecordInspection(string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices) : ICommand<InspectionDto>;

[AnyTrustMember]
public sealed record ListInspections : IQuery<IReadOnlyList<InspectionDto>>;

public sealed class RecordInspectionValidator : AbstractValidator<RecordInspection>
{
    public RecordInspectionValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(InputLimits.Title);
        RuleFor(r => r.EndedOn).GreaterThanOrEqualTo(r => r.StartedOn).WithMessage("The inspection cannot end before it starts.");
        RuleFor(r => r.OverallRating).NotNull().When(r => r.PublishedOn is not null).WithMessage("A published report has an overall rating.");
        RuleForEach(r => r.Notices).ChildRules(notice =>
            notice.RuleFor(n => n.Summary).NotEmpty().WithMessage("Each notice needs a summary.").MaximumLength(InputLimits.Text));
        RuleForEach(r => r.Ratings).ChildRules(rating =>
        {
            rating.RuleFor(x => x.CoreService).MaximumLength(InputLimits.ShortName);
            rating.RuleFor(x => x.Site).MaximumLength(InputLimits.ShortName);
        });
    }
}

public sealed class InspectionHandlers(QipDbContext db, ICurrentUser user) :
    IRequestHandler<RecordInspection, InspectionDto>,
    IRequestHandler<ListInspections, IReadOnlyList<InspectionDto>>
{
    public async Task<InspectionDto> Handle(RecordInspection r, CancellationToken ct)
    {
        var inspection = new Inspection(user.TrustId!.Value, r.Title, r.StartedOn, r.EndedOn);
        if (r.PublishedOn is { } published) inspection.Publish(published, r.OverallRating!.Value, r.Ratings);
        foreach (var notice in r.Notices) inspection.RecordNotice(notice);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return (await Handle(new ListInspections(), ct)).Single(i => i.Id == inspection.Id);
    }

    public async Task<IReadOnlyList<InspectionDto>> Handle(ListInspections r, CancellationToken ct)
    {
        var rows = await db.Inspections.OrderByDescending(i => i.StartedOn)
            .Select(i => new { Inspection = i, Findings = db.Findings.Count(f => f.InspectionId == i.Id) })
            .ToListAsync(ct);
        return rows.Select(x => new InspectionDto(x.Inspection.Id, x.Inspection.Title, x.Inspection.StartedOn, x.Inspection.EndedOn,
            x.Inspection.PublishedOn, x.Inspection.OverallRating, x.Inspection.Ratings, x.Inspection.Notices, x.Findings)).ToList();
    }
}
