namespace QipTracker.Domain.ChangeControl;

/// <summary>The kinds of change to the approved plan that need the ECIB's approval.</summary>
public enum ChangeKind { NewDueDate, NewOwner, NewIsg, Split, Merge, Withdrawal }
