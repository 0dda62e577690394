using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.Features.Kpis;

/// <summary>What a batch of measurements did: values added for new periods, and values that replaced an earlier one.</summary>
public sealed record MeasurementBatchResult(int Rows, int Added, int Replaced);

/// <summary>
/// Stores a batch of measurements (a CSV upload or an API push) all or nothing: every line is checked first —
/// the code is a KPI of the trust, the period is one of that KPI's frequency and has begun, the value is a number,
/// no (KPI, period) twice in the batch, the note holds no patient data (<see cref="PatientData"/>, for the CSV and the API
/// alike) — and one bad line saves nothing, with every bad line reported by row and
/// column. A period that already has a value is replaced; the audit trail keeps the value it had.
/// </summary>
public sealed class MeasurementBatch(QipDbContext db, ImportLimits limits)
{
    public const int MaxNoteLength = InputLimits.Note;

    /// <summary>The batch as the signed-in person's, in their trust, today.</summary>
    public Task<MeasurementBatchResult> SaveForCurrentUserAsync(IReadOnlyList<MeasurementLine> lines, MeasurementSource source, ICurrentUser user,
        TimeProvider clock, CancellationToken ct) =>
        SaveAsync(lines, source, user.TrustId ?? throw new ForbiddenException("Choose a trust first."), user.UserId, clock.Today(), clock.GetUtcNow(), ct);

    public async Task<MeasurementBatchResult> SaveAsync(IReadOnlyList<MeasurementLine> lines, MeasurementSource source, Guid trustId, Guid? by,
        DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var codes = lines.Select(l => l.Code.Trim().ToUpperInvariant()).Distinct().ToList();
        var kpis = await db.Kpis.Where(k => codes.Contains(k.Code)).Select(k => new { k.Id, k.Code, k.Frequency }).ToDictionaryAsync(k => k.Code, ct);

        var errors = new List<PlanImportError>();
        var accepted = new List<(Guid KpiId, DateOnly Period, decimal Value, string? Note)>();
        var firstRow = new Dictionary<(Guid, DateOnly), int>();
        foreach (var line in lines)
        {
            var code = line.Code.Trim().ToUpperInvariant();
            var kpi = kpis.GetValueOrDefault(code);
            if (code.Length == 0) errors.Add(PlanImportError.At(line.Row, "kpi_code", "is empty"));
            else if (kpi is null) errors.Add(PlanImportError.At(line.Row, "kpi_code", $"{InputText.Quote(line.Code)} is not a KPI of this trust"));

            DateOnly? period = null;
            if (kpi is not null)
            {
                if (!KpiPeriods.TryParse(kpi.Frequency, line.Period, out var start, out var error))
                    errors.Add(PlanImportError.At(line.Row, "period", $"{error} {kpi.Code} is {kpi.Frequency.ToString().ToLowerInvariant()}."));
                else if (start > today) errors.Add(PlanImportError.At(line.Row, "period", $"{KpiPeriods.Label(kpi.Frequency, start)} has not begun yet"));
                else if (!firstRow.TryAdd((kpi.Id, start), line.Row))
                    errors.Add(PlanImportError.At(line.Row, "period", $"{kpi.Code} {KpiPeriods.Label(kpi.Frequency, start)} is also on row {firstRow[(kpi.Id, start)]}"));
                else period = start;
            }

            if (line.Value is null)
                errors.Add(PlanImportError.At(line.Row, "value", line.ValueText.Trim().Length == 0 ? "is empty" : $"{InputText.Quote(line.ValueText)} is not a number such as 12.5"));
            if (line.Note?.Length > MaxNoteLength) errors.Add(PlanImportError.At(line.Row, "note", $"is longer than {MaxNoteLength} characters"));
            else if (InputText.FreeTextProblem(line.Note) is { } problem) errors.Add(PlanImportError.At(line.Row, "note", problem));
            if (kpi is not null && period is { } p && line.Value is { } v) accepted.Add((kpi.Id, p, v, line.Note));
        }
        if (errors.Count > 0) throw PlanImportErrors.ToException(errors, limits);
        if (accepted.Count == 0) return new MeasurementBatchResult(0, 0, 0);

        var kpiIds = accepted.Select(a => a.KpiId).Distinct().ToList();
        var (from, to) = (accepted.Min(a => a.Period), accepted.Max(a => a.Period));
        var existing = await db.KpiMeasurements.Where(m => kpiIds.Contains(m.KpiId) && m.Period >= from && m.Period <= to)
            .ToDictionaryAsync(m => (m.KpiId, m.Period), ct);
        var replaced = 0;
        foreach (var (kpiId, period, value, note) in accepted)
        {
            if (existing.TryGetValue((kpiId, period), out var measurement))
            {
                measurement.Replace(value, note, source, by, now);
                replaced++;
            }
            else db.KpiMeasurements.Add(new KpiMeasurement(trustId, kpiId, period, value, note, source, by, now));
        }
        await db.SaveChangesAsync(ct);
        return new MeasurementBatchResult(accepted.Count, accepted.Count - replaced, replaced);
    }
}
