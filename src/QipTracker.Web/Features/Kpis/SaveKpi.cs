using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>What the PMO or a chair says about a KPI. Code and kind are fixed once it exists (uploads name it by code).</summary>
public sealed record KpiFields(string Code, string Name, string? Definition, string? Unit, ImprovementDirection Direction,
    KpiFrequency Frequency, string? DataSource, Guid? OwnerId, DataQuality DataQuality, KpiKind Kind, Guid? IsgId, CqcDomain? Domain);

/// <summary>Creates a KPI (no <paramref name="Id"/>) or edits one at the version the editor loaded.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record SaveKpi(Guid? Id, KpiFields Fields, long Version = 0) : ICommand<KpiDto>;

public sealed class SaveKpiValidator : AbstractValidator<SaveKpi>
{
    public SaveKpiValidator()
    {
        RuleFor(r => r.Fields).NotNull();
        RuleFor(r => r.Fields.Code).NotEmpty().MaximumLength(InputLimits.Reference).Matches("^[A-Za-z0-9._-]+$")
            .WithMessage("Use letters, digits, '.', '-' or '_' for the code (CSV uploads and the API name the KPI by it).");
        RuleFor(r => r.Fields.Name).NotEmpty().MaximumLength(InputLimits.Title);
        RuleFor(r => r.Fields.Definition).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Fields.Unit).MaximumLength(InputLimits.Reference);
        RuleFor(r => r.Fields.DataSource).MaximumLength(InputLimits.Title);
        RuleFor(r => r.Fields.Direction).IsInEnum();
        RuleFor(r => r.Fields.Frequency).IsInEnum();
        RuleFor(r => r.Fields.DataQuality).IsInEnum();
        RuleFor(r => r.Fields.Kind).IsInEnum();
        RuleFor(r => r.Fields.IsgId).NotEmpty().When(r => r.Fields.Kind == KpiKind.HighLevel).WithMessage("A high-level KPI reports to an ISG.");
        RuleFor(r => r.Fields.Domain).NotNull().When(r => r.Fields.Kind == KpiKind.HighLevel).WithMessage("Tag a high-level KPI to the CQC domain it evidences.");
    }
}

public sealed class SaveKpiHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<SaveKpi, KpiDto>
{
    public async Task<KpiDto> Handle(SaveKpi r, CancellationToken ct)
    {
        var f = r.Fields;
        var code = f.Code.Trim().ToUpperInvariant();
        var kpi = r.Id is { } id ? await db.Kpis.SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException($"KPI {id}") : null;

        var errors = new Dictionary<string, string[]>();
        if (kpi is not null && kpi.Code != code) errors["Fields.Code"] = [$"The code of {kpi.Code} cannot change: uploads and the API name it by its code."];
        if (kpi is not null && kpi.Kind != f.Kind) errors["Fields.Kind"] = [$"{kpi.Code} is a {Kind(kpi.Kind)} KPI; create a new KPI for the other kind."];
        if (kpi is null && await db.Kpis.AnyAsync(k => k.Code == code, ct)) errors["Fields.Code"] = [$"{code} is already a KPI of this trust."];
        if (f.OwnerId is { } owner && !await db.Memberships.AnyAsync(m => m.UserId == owner, ct)) errors["Fields.OwnerId"] = ["The owner must be a member of this trust."];
        if (f.Kind == KpiKind.HighLevel && f.IsgId is { } isg && !await db.Isgs.AnyAsync(i => i.Id == isg, ct)) errors["Fields.IsgId"] = ["That ISG is not in this trust."];
        if (errors.Count > 0) throw new RequestValidationException(errors);

        if (kpi is null)
        {
            kpi = new Kpi(user.TrustId!.Value, code, f.Name, f.Kind, f.Direction, f.Frequency);
            db.Kpis.Add(kpi);
        }
        else db.ExpectVersion(kpi, r.Version);
        kpi.Describe(f.Name, f.Definition ?? "", f.Unit ?? "", f.DataSource ?? "");
        kpi.Measure(f.Direction, f.Frequency);
        kpi.Assign(f.OwnerId, f.DataQuality);
        kpi.Place(f.IsgId, f.Domain);
        await db.SaveChangesAsync(ct);
        return await KpiView.LoadAsync(db, kpi.Id, ct);
    }

    private static string Kind(KpiKind kind) => kind == KpiKind.HighLevel ? "high-level" : "root cause";
}
