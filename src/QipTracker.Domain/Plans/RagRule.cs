namespace QipTracker.Domain.Plans;

/// <summary>
/// RAG is derived, never typed in. Blue once assured; Red when overdue against the baseline or
/// reported off track; Amber when at risk (forecast beyond baseline, or KPI not improving);
/// otherwise Green. Completed work awaiting assurance is Green: it is no longer overdue.
/// </summary>
public static class RagRule
{
    public static Rag Derive(RootCauseStatus status, DateOnly baselineDue, DateOnly forecastDue,
        bool reportedOffTrack, bool kpiNotImproving, DateOnly today)
    {
        if (status >= RootCauseStatus.Assured) return Rag.Blue;
        if (status == RootCauseStatus.Completed) return Rag.Green;
        if (today > baselineDue || reportedOffTrack) return Rag.Red;
        if (forecastDue > baselineDue || kpiNotImproving) return Rag.Amber;
        return Rag.Green;
    }
}
