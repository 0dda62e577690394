using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Components.Shared;
using C = QipTracker.Infrastructure.Importing.PlanColumns;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Creates or updates one root cause from its first row in the file. Every change goes through the
/// domain's methods, and only when the value differs, so an unchanged row touches nothing and
/// leaves no audit entry. Status only moves forward: the PMO's file is the approved plan, but
/// taking work back (reopening, sending back) is a decision made through change control.
/// </summary>
internal sealed class RootCauseImport(QipDbContext db, ImportContext context, List<PlanImportError> errors)
{
    public RootCause Create(PlanRow row, Guid ownerId, Guid isgId)
    {
        var rootCause = new RootCause(context.TrustId, row.RootCauseRef, row.RootCauseText, ownerId, isgId, row.BaselineDue);
        // A plan that was running before it was brought in says since when; otherwise it enters the plan today.
        var entered = row.AddedToPlanOn ?? context.Today;
        if (row.AddedToPlanOn is not null) rootCause.RecordAddedToPlan(entered);
        db.RootCauses.Add(rootCause);
        db.BaselineHistory.Add(new BaselineRecord(context.TrustId, rootCause.Id, row.BaselineDue, entered, null, context.Now));
        Apply(rootCause, row, () => Progress(rootCause, row));
        return rootCause;
    }

    /// <summary>Updates the root cause from its row; false when the row is refused (a row error says why).</summary>
    public bool Update(RootCause rootCause, PlanRow row, Guid ownerId, Guid isgId)
    {
        if (!Check(rootCause, row, ownerId, isgId)) return false;
        return Apply(rootCause, row, () =>
        {
            if (rootCause.Description != row.RootCauseText) rootCause.Redescribe(row.RootCauseText);
            if (rootCause.OwnerId != ownerId) rootCause.Reassign(ownerId);
            if (rootCause.IsgId != isgId) rootCause.MoveTo(isgId);
            if (rootCause.BaselineDue != row.BaselineDue)
            {
                // The PMO's import is the approved plan, so a new baseline is recorded as such (no change request).
                rootCause.Rebaseline(row.BaselineDue);
                db.BaselineHistory.Add(new BaselineRecord(context.TrustId, rootCause.Id, row.BaselineDue, context.Today, null, context.Now));
            }
            Progress(rootCause, row);
        });
    }

    /// <summary>Refuses the rows the import must not apply, each as a row error; true when the row may be applied.</summary>
    private bool Check(RootCause rootCause, PlanRow row, Guid ownerId, Guid isgId)
    {
        var name = $"root cause {rootCause.Reference}";
        if (rootCause.IsWithdrawn)
        {
            var same = rootCause.Description == row.RootCauseText && rootCause.OwnerId == ownerId && rootCause.IsgId == isgId
                && rootCause.BaselineDue == row.BaselineDue && rootCause.Status == row.Status;
            if (!same) Error(row, C.RootCauseRef, $"{name} was withdrawn from the plan on {PlanCells.Date(rootCause.WithdrawnOn)}; it can no longer be changed");
            return false;
        }
        if (row.Status < rootCause.Status)
        {
            Error(row, C.Status, $"{name} is {Words.For(rootCause.Status)} in the plan and the file says {Words.For(row.Status)}: work is taken back only " +
                "through change control (the chair sends it back, or it is reopened with a reason), not by an import");
            return false;
        }
        if (row.AddedToPlanOn is { } added && added != rootCause.AddedToPlanOn)
        {
            Error(row, C.AddedToPlan, $"{name} entered the plan on {PlanCells.Date(rootCause.AddedToPlanOn)}; an import does not change that day");
            return false;
        }
        if (rootCause.Status.IsDelivered() && rootCause.CompletedOn != row.CompletedOn)
        {
            Error(row, C.CompletedOn, $"{name} was completed on {PlanCells.Date(rootCause.CompletedOn)}; an import does not change a completion date");
            return false;
        }
        return true;
    }

    /// <summary>Moves the status forward one domain step at a time, with the forecast and evidence on the way.</summary>
    private void Progress(RootCause rootCause, PlanRow row)
    {
        if (row.Status == RootCauseStatus.InProgress && rootCause.Status == RootCauseStatus.NotStarted)
            rootCause.Start();
        // Only started work has a forecast of its own (ReportProgress would start a NotStarted root cause).
        if (row.Status > RootCauseStatus.NotStarted && rootCause.ForecastDue != row.Forecast)
            rootCause.ReportProgress(row.Forecast, rootCause.ReportedOffTrack, context.Today);
        if (row.Evidence is { } text && !rootCause.Evidence.Any(e => Matches(e, text)))
            AddEvidence(rootCause, text);

        var completedNow = false;
        if (row.Status.IsDelivered() && !rootCause.Status.IsDelivered())
        {
            rootCause.MarkCompleted(row.CompletedOn!.Value);
            completedNow = true;
        }
        // A root cause the file brings in already assured has no better date than its completion;
        // one that was completed before and is assured now is assured today.
        var on = completedNow ? row.CompletedOn!.Value : context.Today;
        if (row.Status >= RootCauseStatus.Assured && rootCause.Status == RootCauseStatus.Completed)
            rootCause.Assure(context.Actor, byChairOrPmo: true, on);
        if (row.Status == RootCauseStatus.Embedded && rootCause.Status == RootCauseStatus.Assured)
            // Imported history is taken as the trust's own record that the KPI has sustained the result.
            rootCause.Embed(SustainVerdict.Recorded("the imported plan"), on);
    }

    private void AddEvidence(RootCause rootCause, string text)
    {
        var evidence = PlanCells.LooksLikeLink(text)
            ? Domain.Plans.Evidence.Link(context.TrustId, rootCause.Id, Title(text), text, "", context.Actor, context.Now)
            : Domain.Plans.Evidence.Note(context.TrustId, rootCause.Id, Title(text), text, context.Actor, context.Now);
        rootCause.AddEvidence(evidence);
    }

    /// <summary>Evidence the file already gave: the same link, title or note, however the domain normalised it.</summary>
    private static bool Matches(Domain.Plans.Evidence evidence, string text) =>
        evidence.Url == text || evidence.Title == text || evidence.Title == Title(text) || evidence.WhatItShows == text;

    // The title column holds 300 characters; a longer note keeps its full text in WhatItShows.
    private static string Title(string text) => text.Length <= InputLimits.Title ? text : text[..(InputLimits.Title - 1)] + "…";


    private bool Apply(RootCause rootCause, PlanRow row, Action apply)
    {
        try
        {
            apply();
            return true;
        }
        catch (DomainException e)
        {
            Error(row, C.RootCauseRef, $"root cause {rootCause.Reference}: {e.Message}");
            return false;
        }
    }

    private void Error(PlanRow row, string column, string reason) => errors.Add(PlanImportError.At(row.Number, column, reason));
}
