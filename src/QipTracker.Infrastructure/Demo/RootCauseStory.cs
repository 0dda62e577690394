namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// What has happened to one root cause so far, decided up front as dates, then replayed through the
/// domain methods in order. Null dates are things that have not (yet) happened.
/// </summary>
internal sealed class RootCauseStory
{
    public required DateOnly BaselineDue { get; init; }
    public DateOnly? StartedOn { get; set; }
    /// <summary>When the owner moved the forecast (and perhaps reported off track), and why.</summary>
    public DateOnly? SlippedOn { get; set; }
    public DateOnly? SlippedForecast { get; set; }
    public bool OffTrack { get; set; }
    public string? SlipReason { get; set; }
    public DateOnly? EvidenceOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? AssuredOn { get; set; }
    public DateOnly? EmbeddedOn { get; set; }
    public DateOnly? ReopenedOn { get; set; }
    public string? ReopenReason { get; set; }
    public DateOnly? ForecastAfterReopen { get; set; }

    public bool IsDelivered => CompletedOn is not null && ReopenedOn is null;
    public bool IsNotStarted => StartedOn is null;
    public bool IsOverdue(DateOnly today) => !IsDelivered && today > BaselineDue;
    /// <summary>The last date the owner committed to; what the root cause's ForecastDue ends up as.</summary>
    public DateOnly Forecast => ForecastAfterReopen ?? SlippedForecast ?? BaselineDue;
}
