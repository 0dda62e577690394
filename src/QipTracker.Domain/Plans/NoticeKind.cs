namespace QipTracker.Domain.Plans;

/// <summary>Enforcement notices CQC may issue ahead of, or with, a report.</summary>
public enum NoticeKind { Section29AWarning, Section31Conditions }
