using FluentValidation;
using MediatR;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.Features.Kpis;

/// <summary>Uploads measurements as CSV (<c>kpi_code, period, value, note</c>), all or nothing: one bad row saves nothing.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair)]
public sealed record UploadMeasurements([property: FileContent] string Csv) : ICommand<MeasurementBatchResult>;

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

public sealed class UploadMeasurementsValidator : AbstractValidator<UploadMeasurements>
{
    public UploadMeasurementsValidator(ImportLimits limits) =>
        RuleFor(r => r.Csv).NotEmpty().WithMessage("The file is empty.")
            .MaximumLength((int)Math.Min(limits.MaxFileBytes, int.MaxValue))
            .WithMessage($"The file is larger than {Infrastructure.Files.EvidenceFileOptions.Describe(limits.MaxFileBytes)} ({ImportLimits.Key(nameof(ImportLimits.MaxFileBytes))}).");
}

public sealed class ImportMeasurementsHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock, ImportLimits limits) :
    IRequestHandler<UploadMeasurements, MeasurementBatchResult>,
    IRequestHandler<PushMeasurements, MeasurementBatchResult>
{
    public Task<MeasurementBatchResult> Handle(UploadMeasurements r, CancellationToken ct)
    {
        var (lines, errors) = MeasurementsCsv.Read(r.Csv, limits);
        if (errors.Count > 0) throw PlanImportErrors.ToException(errors, limits);
        return SaveAsync(lines, MeasurementSource.Csv, ct);
    }

    public Task<MeasurementBatchResult> Handle(PushMeasurements r, CancellationToken ct) =>
        SaveAsync(r.Rows!.Select((x, i) => new MeasurementLine(i + 1, x?.KpiCode ?? "", x?.Period ?? "", x?.Value, "", x?.Note)).ToList(),
            MeasurementSource.Api, ct);

    private Task<MeasurementBatchResult> SaveAsync(IReadOnlyList<MeasurementLine> lines, MeasurementSource source, CancellationToken ct) =>
        new MeasurementBatch(db, limits).SaveAsync(lines, source, user.TrustId ?? throw new ForbiddenException("Choose a trust first."), user.UserId,
            clock.Today(), clock.GetUtcNow(), ct);
}
