namespace QipTracker.Domain.Escalations;

public enum EscalatedItemKind { RootCause, Action }
