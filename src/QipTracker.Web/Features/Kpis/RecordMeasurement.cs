using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// Enters one value by hand for a period (a label of the KPI's frequency); a value already there is replaced
/// and the audit trail keeps it. The PMO and chairs enter any KPI's values; a root-cause owner those of the
/// KPIs they own or that measure their root causes.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.RootCauseOwner)]
public sealed record RecordMeasurement(Guid KpiId, string Period, decimal Value, string? Note = null) : ICommand<MeasurementDto>;

public sealed record MeasurementDto(Guid Id, DateOnly Period, string Label, decimal Value, string? Note, MeasurementSource Source,
    string? EnteredBy, DateTimeOffset EnteredAt, long Version);

public sealed class RecordMeasurementValidator : AbstractValidator<RecordMeasurement>
{
    public RecordMeasurementValidator()
    {
        RuleFor(r => r.Period).NotEmpty().WithMessage("Say which period the value is for.");
        RuleFor(r => r.Note).MaximumLength(MeasurementBatch.MaxNoteLength);
    }
}

public sealed class RecordMeasurementHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, Infrastructure.Importing.ImportLimits limits) : IRequestHandler<RecordMeasurement, MeasurementDto>
{
    public async Task<MeasurementDto> Handle(RecordMeasurement r, CancellationToken ct)
    {
        var kpi = await db.Kpis.AsNoTracking().SingleOrDefaultAsync(k => k.Id == r.KpiId, ct) ?? throw new NotFoundException($"KPI {r.KpiId}");
        await db.EnsureMayMeasureAsync(user, kpi, ct);
        try
        {
            await new MeasurementBatch(db, limits).SaveAsync([new MeasurementLine(1, kpi.Code, r.Period, r.Value, "", r.Note)], MeasurementSource.Manual,
                kpi.TrustId, user.UserId, clock.Today(), clock.GetUtcNow(), ct);
        }
        catch (RequestValidationException e)
        {
            // One value on a form: name the form's fields, not "row 1".
            throw new RequestValidationException(e.Errors.ToDictionary(x => x.Key.Replace("row 1, ", "") switch { "period" => "Period", "note" => "Note", var k => k }, x => x.Value));
        }
        var period = KpiPeriods.Parse(kpi.Frequency, r.Period);
        return (await MeasurementList.QueryAsync(db, db.KpiMeasurements.Where(m => m.KpiId == kpi.Id && m.Period == period), kpi.Frequency, ct)).Single();
    }
}
