using FluentValidation;
using MediatR;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Inspections;

/// <summary>Records a CQC inspection and, once published, its report: ratings and enforcement notices.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record RecordInspection(string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices) : ICommand<InspectionDto>, IInspectionFields;

public sealed class RecordInspectionValidator : AbstractValidator<RecordInspection>
{
    public RecordInspectionValidator() => Include(new InspectionFieldsValidator());
}

public sealed class RecordInspectionHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<RecordInspection, InspectionDto>
{
    public async Task<InspectionDto> Handle(RecordInspection r, CancellationToken ct)
    {
        var inspection = new Inspection(user.TrustId!.Value, r.Title, r.StartedOn, r.EndedOn);
        InspectionReport.Apply(inspection, r);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return await InspectionView.OneAsync(db, inspection.Id, ct);
    }
}
