namespace QipTracker.Infrastructure.Email;

/// <summary>
/// What one <see cref="OutboxDispatcher.DispatchDueAsync"/> run did. <see cref="Skipped"/> counts
/// due emails another dispatcher claimed first (normal when several app nodes run the job).
/// </summary>
public sealed record DispatchResult(int Sent, int Retrying, int Failed, int Skipped)
{
    public static DispatchResult None { get; } = new(0, 0, 0, 0);
    public int Attempted => Sent + Retrying + Failed;
}
