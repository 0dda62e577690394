using FluentValidation;
using MediatR;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// A trust's BI team pushes measurements through the API (a personal API token), the same rows as the CSV and the
/// same checks, all or nothing. Errors name the item by its position from 1 ("row 3, period").
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record PushMeasurements([property: ImportRows] IReadOnlyList<MeasurementInput>? Rows) : ICommand<MeasurementBatchResult>;

public sealed record MeasurementInput(string? KpiCode, string? Period, decimal? Value, string? Note);

public sealed class PushMeasurementsValidator : AbstractValidator<PushMeasurements>
{
    // How many rows one push may hold is the import limit (Import:MaxRows), which the input policy checks.
    public PushMeasurementsValidator() =>
        RuleFor(r => r.Rows).NotEmpty().WithMessage("Send the measurements as rows of kpi_code, period, value and note.");
}

public sealed class PushMeasurementsHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, ImportLimits limits)
    : IRequestHandler<PushMeasurements, MeasurementBatchResult>
{
    public Task<MeasurementBatchResult> Handle(PushMeasurements r, CancellationToken ct) =>
        new MeasurementBatch(db, limits).SaveForCurrentUserAsync(
            r.Rows!.Select((x, i) => new MeasurementLine(i + 1, x?.KpiCode ?? "", x?.Period ?? "", x?.Value, "", x?.Note)).ToList(),
            MeasurementSource.Api, user, clock, ct);
}
