using FluentValidation;
using MediatR;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

[RequiresRole(TrustRole.Pmo)]
public sealed record CreateFinding(FindingFields Fields) : ICommand<FindingDto>;

public sealed class CreateFindingValidator : AbstractValidator<CreateFinding>
{
    public CreateFindingValidator() => RuleFor(r => r.Fields).NotNull().SetValidator(new FindingFieldsValidator());
}

public sealed class CreateFindingHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<CreateFinding, FindingDto>
{
    public async Task<FindingDto> Handle(CreateFinding r, CancellationToken ct)
    {
        var f = r.Fields;
        await db.EnsureValidAsync(f, null, ct);
        var finding = new Finding(user.TrustId!.Value, f.Reference, f.Text, f.Kind, f.IsgId, f.InspectionId);
        FindingFieldChecks.Describe(finding, f);
        db.Findings.Add(finding);
        await db.SaveChangesAsync(ct);
        return await FindingView.LoadAsync(db, finding.Id, ct);
    }
}
