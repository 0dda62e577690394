using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>Sets the KPI's target from a period (a label of its frequency) onwards; a null value removes it from then on.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record SetKpiTarget(Guid KpiId, string From, decimal? Value, long Version) : ICommand<KpiDto>;

/// <summary>How the KPI's chart is drawn: rebase periods (labels), limits fixed after N points, outlier screening, and sustain periods.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record ConfigureSpc(Guid KpiId, IReadOnlyList<string> RebaseAt, int? FixLimitsAfter, bool ScreenOutliers, int SustainPeriods, long Version)
    : ICommand<KpiDto>;

public sealed class ConfigureSpcValidator : AbstractValidator<ConfigureSpc>
{
    public ConfigureSpcValidator()
    {
        RuleFor(r => r.FixLimitsAfter).GreaterThanOrEqualTo(2).WithMessage("Limits can be fixed after 2 or more points.");
        RuleFor(r => r.SustainPeriods).InclusiveBetween(1, 52).WithMessage("An improvement must hold for between 1 and 52 periods.");
        RuleFor(r => r.RebaseAt).NotNull();
    }
}

public sealed class KpiSettingsHandlers(QipDbContext db, IMediator mediator) :
    IRequestHandler<SetKpiTarget, KpiDto>,
    IRequestHandler<ConfigureSpc, KpiDto>
{
    public async Task<KpiDto> Handle(SetKpiTarget r, CancellationToken ct)
    {
        var kpi = await LoadAsync(r.KpiId, r.Version, ct);
        kpi.SetTarget(Period(kpi, r.From, nameof(r.From)), r.Value);
        return await SaveAsync(kpi, ct);
    }

    public async Task<KpiDto> Handle(ConfigureSpc r, CancellationToken ct)
    {
        var kpi = await LoadAsync(r.KpiId, r.Version, ct);
        kpi.ConfigureSpc(r.RebaseAt.Select((label, i) => Period(kpi, label, $"RebaseAt[{i}]")).ToList(), r.FixLimitsAfter, r.ScreenOutliers, r.SustainPeriods);
        return await SaveAsync(kpi, ct);
    }

    private static DateOnly Period(Kpi kpi, string? label, string field) =>
        KpiPeriods.TryParse(kpi.Frequency, label, out var start, out var error)
            ? start
            : throw new RequestValidationException(new Dictionary<string, string[]> { [field] = [error] });

    private async Task<Kpi> LoadAsync(Guid id, long version, CancellationToken ct)
    {
        var kpi = await db.Kpis.SingleOrDefaultAsync(k => k.Id == id, ct) ?? throw new NotFoundException($"KPI {id}");
        db.ExpectVersion(kpi, version);
        return kpi;
    }

    private async Task<KpiDto> SaveAsync(Kpi kpi, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        return await mediator.Send(new GetKpi(kpi.Id), ct);
    }
}
