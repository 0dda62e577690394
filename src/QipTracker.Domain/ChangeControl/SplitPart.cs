namespace QipTracker.Domain.ChangeControl;

/// <summary>One new root cause proposed by a split: its reference, description and due date.</summary>
public sealed record SplitPart(string Reference, string Description, DateOnly BaselineDue);
