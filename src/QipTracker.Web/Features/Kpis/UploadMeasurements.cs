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

public sealed class UploadMeasurementsValidator : AbstractValidator<UploadMeasurements>
{
    public UploadMeasurementsValidator(ImportLimits limits) =>
        RuleFor(r => r.Csv).NotEmpty().WithMessage("The file is empty.")
            .MaximumLength((int)Math.Min(limits.MaxFileBytes, int.MaxValue))
            .WithMessage($"The file is larger than {Infrastructure.Files.EvidenceFileOptions.Describe(limits.MaxFileBytes)} ({ImportLimits.Key(nameof(ImportLimits.MaxFileBytes))}).");
}

public sealed class UploadMeasurementsHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, ImportLimits limits)
    : IRequestHandler<UploadMeasurements, MeasurementBatchResult>
{
    public Task<MeasurementBatchResult> Handle(UploadMeasurements r, CancellationToken ct)
    {
        var (lines, errors) = MeasurementsCsv.Read(r.Csv, limits);
        if (errors.Count > 0) throw PlanImportErrors.ToException(errors, limits);
        return new MeasurementBatch(db, limits).SaveForCurrentUserAsync(lines, MeasurementSource.Csv, user, clock, ct);
    }
}
