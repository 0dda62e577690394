using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using C = QipTracker.Infrastructure.Importing.PlanColumns;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Checks one data row on its own and types it. Every problem of the row is reported, not just
/// the first, so the PMO can fix the spreadsheet in one pass.
/// </summary>
internal sealed class PlanRowValidator(DateOnly today)
{
    public PlanRow? Validate(PlanSheetRow row, List<PlanImportError> errors)
    {
        var before = errors.Count;
        void Error(string column, string reason) => errors.Add(PlanImportError.At(row.Number, column, reason));

        foreach (var (column, _) in row.Unlabelled)
            Error($"column {column}", "has a value but no column header above it");
        // Every cell, as the input policy treats every text field of a form: no patient-identifiable data in the plan.
        foreach (var (column, value) in row.Cells)
            if (InputText.FreeTextProblem(value) is { } problem)
                Error(column, problem);
        foreach (var column in C.Required.Where(c => row[c].Length == 0))
            Error(column, "is required");
        foreach (var (column, max) in C.MaxLength.Where(m => row[m.Key].Length > m.Value))
            Error(column, $"is {row[column].Length} characters long; at most {max} fit");

        FindingKind kind = default;
        if (row[C.FindingKind].Length > 0 && !PlanCells.TryKind(row[C.FindingKind], out kind))
            Error(C.FindingKind, $"{InputText.Quote(row[C.FindingKind])} is not MustDo or ShouldDo");

        CqcDomain? domain = null;
        if (row[C.FindingDomain].Length > 0)
        {
            if (PlanCells.TryDomain(row[C.FindingDomain], out var d)) domain = d;
            else Error(C.FindingDomain, $"{InputText.Quote(row[C.FindingDomain])} is not Safe, Effective, Caring, Responsive or WellLed");
        }

        var status = RootCauseStatus.NotStarted;
        if (row[C.Status].Length > 0 && !PlanCells.TryStatus(row[C.Status], out status))
            Error(C.Status, $"{InputText.Quote(row[C.Status])} is not NotStarted, InProgress, Completed, Assured or Embedded");

        if (row[C.OwnerEmail].Length > 0 && !PlanCells.IsEmail(row[C.OwnerEmail]))
            Error(C.OwnerEmail, $"{InputText.Quote(row[C.OwnerEmail])} is not an email address");

        var baseline = Date(row, C.BaselineDue, Error);
        var forecast = Date(row, C.ForecastDue, Error);
        var completedOn = Date(row, C.CompletedOn, Error);
        var addedOn = Date(row, C.AddedToPlan, Error);
        var evidence = row[C.Evidence].Length > 0 ? row[C.Evidence] : null;
        var statusKnown = row[C.Status].Length == 0 || PlanCells.TryStatus(row[C.Status], out _);

        if (statusKnown && status.IsDelivered())
        {
            if (row[C.CompletedOn].Length == 0)
                Error(C.CompletedOn, $"is required when the status is {status}: the day the work was done");
            if (evidence is null)
                Error(C.Evidence, $"is required when the status is {status}: a note of what proves the fix, or an http(s) link to it");
        }
        else if (statusKnown && row[C.CompletedOn].Length > 0)
            Error(C.CompletedOn, $"only a Completed, Assured or Embedded root cause has a completion date; the status is {status}");

        if (completedOn > today)
            Error(C.CompletedOn, $"{InputText.Quote(row[C.CompletedOn])} is in the future (today is {PlanCells.Date(today)})");
        if (addedOn > today)
            Error(C.AddedToPlan, $"{InputText.Quote(row[C.AddedToPlan])} is in the future (today is {PlanCells.Date(today)})");
        else if (addedOn > completedOn)
            Error(C.AddedToPlan, $"{InputText.Quote(row[C.AddedToPlan])} is after completed_on: the work was done before it entered the plan");
        if (evidence is not null && PlanCells.LooksLikeLink(evidence) && !PlanCells.IsWebLink(evidence))
            Error(C.Evidence, $"{InputText.Quote(evidence)} is not a valid web link");
        if (evidence is not null && evidence.Length > (PlanCells.LooksLikeLink(evidence) ? C.MaxLinkLength : C.MaxNoteLength))
            Error(C.Evidence, $"is {evidence.Length} characters long; a link may have at most {C.MaxLinkLength}, a note {C.MaxNoteLength}");

        var kloe = Optional(row[C.Kloe])?.ToUpperInvariant();
        var prompt = Optional(row[C.KloePrompt])?.ToUpperInvariant();
        if (kloe is not null && !WellLedKloes.IsKloe(kloe))
            Error(C.Kloe, $"{InputText.Quote(row[C.Kloe])} is not a Well-led KLOE (W1 to W8)");
        if (prompt is not null && !WellLedKloes.IsPrompt(prompt))
            Error(C.KloePrompt, $"{InputText.Quote(row[C.KloePrompt])} is not a Well-led prompt, such as W4.2");
        else if (prompt is not null && kloe is not null && WellLedKloes.IsKloe(kloe) && !prompt.StartsWith(kloe + ".", StringComparison.Ordinal))
            Error(C.KloePrompt, $"prompt {prompt} does not belong to KLOE {kloe}");

        // The domain moves a forecast only with an owner's progress report, which starts the work;
        // a NotStarted root cause therefore has no forecast of its own.
        if (statusKnown && status == RootCauseStatus.NotStarted && forecast is not null && baseline is not null && forecast != baseline)
            Error(C.ForecastDue, "a NotStarted root cause has no forecast of its own (it follows baseline_due): leave it empty, or set the status to InProgress");

        if (errors.Count > before) return null;
        return new PlanRow(row.Number, row[C.Isg], row[C.FindingRef], kind, domain, Optional(row[C.CoreService]), row[C.FindingText],
            row[C.RootCauseRef], row[C.RootCauseText], row[C.OwnerEmail], baseline!.Value, forecast, status, completedOn, evidence,
            kloe, prompt, addedOn);
    }

    private static DateOnly? Date(PlanSheetRow row, string column, Action<string, string> error)
    {
        var text = row[column];
        if (text.Length == 0) return null;
        if (!PlanCells.TryDate(text, out var date))
        {
            error(column, $"{InputText.Quote(text)} is not a date as yyyy-MM-dd or dd/MM/yyyy");
            return null;
        }
        if (InputLimits.DateProblem(date) is { } problem)
        {
            error(column, problem);
            return null;
        }
        return date;
    }

    private static string? Optional(string text) => text.Length == 0 ? null : text;
}
