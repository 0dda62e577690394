namespace QipTracker.Domain.Oversight;

/// <summary>Where an exit criterion stands, as the PMO reports it to the partner meeting.</summary>
public enum ExitCriterionStatus { NotMet, OnTrack, Met }
