using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Web.Components.Shared;
using QipTracker.Web.Features.Sprints;

namespace QipTracker.Web.Components.Pages.Plan;

/// <summary>
/// One root cause on the owner's sprint-update form while they edit it: what the form showed (the row as
/// loaded, the root cause as it stood) and what they have typed over it. It sends both, so the server moves
/// only what they changed.
/// </summary>
public sealed class SprintUpdateDraft(SprintUpdateRow row)
{
    public SprintUpdateRow Row { get; } = row;
    public RootCauseStatus Status { get; set; } = row.Status;
    public string Narrative { get; set; } = row.Narrative;
    public DateTime Forecast { get; set; } = row.ForecastDue.ToDateTime(TimeOnly.MinValue);
    public bool OffTrack { get; set; } = row.OffTrack;
    public decimal? KpiValue { get; set; } = row.KpiValue;
    /// <summary>The root cause changed since the form was loaded and was reloaded under the person's typing.</summary>
    public bool Conflicted { get; private init; }

    public SprintUpdateContent Sent => new(Status, Narrative, DateOnly.FromDateTime(Forecast), OffTrack, KpiValue);

    /// <summary>Worth sending: a first update with something written, or a change to one already sent.</summary>
    public bool ToSubmit => !string.IsNullOrWhiteSpace(Narrative) && (Row.UpdateVersion is null || Sent != Row.Seen);

    public SprintUpdateInput Input() => Row.Submitting(Sent);

    /// <summary>The plan fields this update will move, in words ("forecast 2 Nov 2026 → 12 Feb 2027"); empty when only the narrative or KPI changes.</summary>
    public IReadOnlyList<string> PlanChanges()
    {
        var seen = Row.Seen;
        var sent = Sent;
        var changes = new List<string>();
        if (sent.Status != seen.Status) changes.Add($"status {Format.Status(seen.Status)} → {Format.Status(sent.Status)}");
        if (sent.ForecastDue != seen.ForecastDue) changes.Add($"forecast {Format.Date(seen.ForecastDue)} → {Format.Date(sent.ForecastDue)}");
        if (sent.OffTrack != seen.OffTrack) changes.Add(sent.OffTrack ? "reported off track" : "back on track");
        return changes;
    }

    /// <summary>
    /// The form reloaded after a conflict: a root cause that did not change keeps everything typed over it; one that
    /// changed starts again from how it stands now, keeping only the narrative and KPI reading typed, and is flagged.
    /// </summary>
    public static SprintUpdateDraft Reloaded(SprintUpdateRow row, SprintUpdateDraft? typed)
    {
        if (typed is null) return new(row);
        var unchanged = typed.Row.RootCauseVersion == row.RootCauseVersion && typed.Row.UpdateVersion == row.UpdateVersion;
        if (unchanged)
            return new(row) { Status = typed.Status, Narrative = typed.Narrative, Forecast = typed.Forecast, OffTrack = typed.OffTrack, KpiValue = typed.KpiValue };
        return new(row)
        {
            Narrative = typed.Narrative != typed.Row.Narrative ? typed.Narrative : row.Narrative,
            KpiValue = typed.KpiValue != typed.Row.KpiValue ? typed.KpiValue : row.KpiValue,
            Conflicted = true,
        };
    }
}
