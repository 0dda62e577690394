namespace QipTracker.Web.Features.PlanImport;

/// <summary>Who imports into which trust, and when: the same for every row of one import.</summary>
internal sealed record ImportContext(Guid TrustId, Guid? UserId, DateOnly Today, DateTimeOffset Now)
{
    /// <summary>The person recorded as adding evidence or assuring; the command line acts as the system (an empty id).</summary>
    public Guid Actor => UserId ?? Guid.Empty;
}
