namespace QipTracker.Domain.Sprints;

/// <summary>What a sprint's scope item is: a root cause or one of its actions. The burndown counts both as items.</summary>
public enum ScopeItemKind { RootCause, Action }
