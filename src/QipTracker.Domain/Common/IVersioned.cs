namespace QipTracker.Domain.Common;

/// <summary>
/// An entity edited by people who may collide. The version rises on every save; a save carrying
/// an older version is refused, so the second of two editors gets a conflict instead of silently
/// overwriting the first.
/// </summary>
public interface IVersioned
{
    long Version { get; }
}
