namespace QipTracker.Domain.Common;

/// <summary>Base of every persisted entity: a Guid identity chosen by the code, not the database.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.NewGuid();
}
