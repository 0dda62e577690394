using System.Linq.Expressions;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// <see cref="RagRule.Derive"/> as an expression EF translates to one SQL CASE, so lists can be
/// filtered, sorted and counted by RAG in the database instead of loading the plan. It must
/// say exactly what RagRule says (a test compares them over every combination on both
/// providers). KPI "not improving" is not in the database yet (issue 5), so it is taken as false
/// here, as GetRootCause does.
/// </summary>
public static class RagSql
{
    public static Expression<Func<RootCause, Rag>> For(DateOnly today) =>
        r => r.Status >= RootCauseStatus.Assured ? Rag.Blue
            : r.Status == RootCauseStatus.Completed ? Rag.Green
            : r.BaselineDue < today || r.ReportedOffTrack ? Rag.Red
            : r.ForecastDue > r.BaselineDue ? Rag.Amber
            : Rag.Green;

    /// <summary>Overdue as RootCause.IsOverdue says it, for live (not withdrawn) root causes.</summary>
    public static Expression<Func<RootCause, bool>> Overdue(DateOnly today) =>
        r => r.Status < RootCauseStatus.Completed && r.BaselineDue < today;

    /// <summary>Each root cause with its RAG, still composable: later Where/OrderBy/GroupBy run in SQL.</summary>
    public static IQueryable<RatedRootCause> WithRag(this IQueryable<RootCause> query, DateOnly today)
    {
        var rag = For(today);
        var r = rag.Parameters[0];
        var body = Expression.MemberInit(Expression.New(typeof(RatedRootCause)),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.RootCause))!, r),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.Rag))!, rag.Body));
        return query.Select(Expression.Lambda<Func<RootCause, RatedRootCause>>(body, r));
    }
}

/// <summary>A root cause with its derived RAG, as a query shape (not a DTO).</summary>
public sealed class RatedRootCause
{
    public RootCause RootCause { get; init; } = null!;
    public Rag Rag { get; init; }
}
