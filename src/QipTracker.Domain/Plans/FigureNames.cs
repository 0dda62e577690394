namespace QipTracker.Domain.Plans;

/// <summary>
/// What every screen, email and paper calls the headline figures of <see cref="RootCauseRules"/>, so that the
/// same number always has the same name. "Delivered" is never shown alone: it is completed (awaiting assurance)
/// plus assured, and the split is shown with it.
/// </summary>
public static class FigureNames
{
    public const string Open = "open";
    public const string Overdue = "overdue";
    public const string OffTrackOrOverdue = "off track or overdue";
    public const string Delivered = "delivered";
    public const string AwaitingAssurance = "completed (awaiting assurance)";
    public const string Assured = "assured";

    /// <summary>"136 delivered: 125 assured and 11 completed (awaiting assurance)".</summary>
    public static string DeliveredWithSplit(int delivered, int assured, int awaitingAssurance) =>
        $"{delivered} {Delivered}: {assured} {Assured} and {awaitingAssurance} {AwaitingAssurance}";
}
