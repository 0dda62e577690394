namespace QipTracker.Domain.Auditing;

/// <summary>One changed field of one record: who changed it, when, from what, to what.</summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public Guid? TrustId { get; private set; }
    public string EntityType { get; private set; } = "";
    public Guid EntityId { get; private set; }
    public AuditOperation Operation { get; private set; }
    public string Field { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }
    public Guid? UserId { get; private set; }
    public DateTimeOffset At { get; private set; }

    private AuditEntry() { }

    public AuditEntry(Guid? trustId, string entityType, Guid entityId, AuditOperation operation, string field,
        string? before, string? after, Guid? userId, DateTimeOffset at)
    {
        TrustId = trustId;
        EntityType = entityType;
        EntityId = entityId;
        Operation = operation;
        Field = field;
        Before = before;
        After = after;
        UserId = userId;
        At = at;
    }

    /// <summary>
    /// Replaces values an older version recorded in full (file bytes, generated documents, secrets) with the
    /// size-and-digest form; who, when and what changed stay as they were.
    /// </summary>
    public void Compact(string? before, string? after)
    {
        Before = before;
        After = after;
    }
}
