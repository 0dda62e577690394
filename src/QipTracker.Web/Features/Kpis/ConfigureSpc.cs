using FluentValidation;
using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

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

public sealed class ConfigureSpcHandler(QipDbContext db) : IRequestHandler<ConfigureSpc, KpiDto>
{
    public async Task<KpiDto> Handle(ConfigureSpc r, CancellationToken ct)
    {
        var kpi = await db.LoadKpiToChangeAsync(r.KpiId, r.Version, ct);
        kpi.ConfigureSpc(r.RebaseAt.Select((label, i) => KpiSettingChanges.Period(kpi, label, $"RebaseAt[{i}]")).ToList(), r.FixLimitsAfter,
            r.ScreenOutliers, r.SustainPeriods);
        return await db.SaveKpiAndShowAsync(kpi, ct);
    }
}
