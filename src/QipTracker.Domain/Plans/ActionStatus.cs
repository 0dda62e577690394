namespace QipTracker.Domain.Plans;

public enum ActionStatus { NotStarted, InProgress, Done, Cancelled }
