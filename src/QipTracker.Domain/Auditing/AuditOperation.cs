namespace QipTracker.Domain.Auditing;

public enum AuditOperation { Created, Modified, Deleted }
