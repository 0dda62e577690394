namespace QipTracker.Domain.ChangeControl;

public enum ChangeStatus { Pending, Approved, Rejected }
