using System.Linq.Expressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>
/// RAG is derived, never typed in. Blue once assured; Red when overdue against the baseline or
/// reported off track; Amber when at risk (forecast beyond baseline, or its KPI not improving — see
/// <see cref="Kpis.KpiSpc.IsNotImproving"/>); otherwise Green. Completed work awaiting assurance is
/// Green: it is no longer overdue, and it is Blue only once the chair accepts the evidence.
/// Written once as an expression: <see cref="For"/> hands it to the database (lists filtered, sorted and
/// counted by RAG in SQL), <see cref="Derive"/> runs the same expression compiled.
/// </summary>
public static class RagRule
{
    private static readonly Expression<Func<RootCauseStatus, DateOnly, DateOnly, bool, bool, DateOnly, Rag>> Rule =
        (status, baselineDue, forecastDue, reportedOffTrack, kpiNotImproving, today) =>
            status >= RootCauseStatus.Assured ? Rag.Blue
            : status == RootCauseStatus.Completed ? Rag.Green
            : baselineDue < today || reportedOffTrack ? Rag.Red
            : forecastDue > baselineDue || kpiNotImproving ? Rag.Amber
            : Rag.Green;

    private static readonly Func<RootCauseStatus, DateOnly, DateOnly, bool, bool, DateOnly, Rag> Compiled = Rule.Compile();

    private static readonly Expression<Func<RootCause, DateOnly, Rag>> OfRootCause = BuildOfRootCause();

    public static Rag Derive(RootCauseStatus status, DateOnly baselineDue, DateOnly forecastDue,
        bool reportedOffTrack, bool kpiNotImproving, DateOnly today) =>
        Compiled(status, baselineDue, forecastDue, reportedOffTrack, kpiNotImproving, today);

    /// <summary>A root cause's RAG on a date, as an expression the database evaluates (one CASE).</summary>
    public static Expression<Func<RootCause, Rag>> For(DateOnly today) => OfRootCause.On(today);

    private static Expression<Func<RootCause, DateOnly, Rag>> BuildOfRootCause()
    {
        var r = Expression.Parameter(typeof(RootCause), "r");
        var today = Expression.Parameter(typeof(DateOnly), "today");
        var body = RuleExpressions.Apply(Rule,
            Expression.Property(r, nameof(RootCause.Status)),
            Expression.Property(r, nameof(RootCause.BaselineDue)),
            Expression.Property(r, nameof(RootCause.ForecastDue)),
            Expression.Property(r, nameof(RootCause.ReportedOffTrack)),
            Expression.Property(r, nameof(RootCause.KpiNotImproving)),
            today);
        return Expression.Lambda<Func<RootCause, DateOnly, Rag>>(body, r, today);
    }
}
