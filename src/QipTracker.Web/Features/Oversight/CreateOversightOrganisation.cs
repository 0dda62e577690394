using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Oversight;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>The platform's SystemAdmin adds an oversight organisation (an ICB, an NHS England region, the CQC).</summary>
[SystemAdminOnly]
public sealed record CreateOversightOrganisation(string Name, OversightKind Kind) : ICommand<Guid>;

public sealed class CreateOversightOrganisationValidator : AbstractValidator<CreateOversightOrganisation>
{
    public CreateOversightOrganisationValidator()
    {
        RuleFor(r => r.Name).NotEmpty().MaximumLength(InputLimits.Name);
        RuleFor(r => r.Kind).IsInEnum();
    }
}

public sealed class CreateOversightOrganisationHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<CreateOversightOrganisation, Guid>
{
    public async Task<Guid> Handle(CreateOversightOrganisation r, CancellationToken ct)
    {
        var name = r.Name.Trim();
        if (await db.OversightOrganisations.AnyAsync(o => o.Name == name, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(r.Name)] = [$"An organisation called '{name}' already exists."] });
        var organisation = new OversightOrganisation(name, r.Kind, clock.GetUtcNow());
        db.OversightOrganisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return organisation.Id;
    }
}
