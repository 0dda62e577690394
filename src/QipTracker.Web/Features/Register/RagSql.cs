using System.Linq.Expressions;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// Root causes with what the Domain derives for them — RAG (<see cref="RagRule.For"/>) and overdue
/// (<see cref="RootCauseRules.Overdue"/>), open and awaiting assurance — as a query shape: the rules are the Domain's own expressions
/// spliced in, so lists are filtered, sorted, counted and flagged in SQL exactly as the Domain says.
/// </summary>
public static class RagSql
{
    /// <summary>Each root cause with its RAG and rule flags, still composable: later Where/OrderBy/GroupBy run in SQL.</summary>
    public static IQueryable<RatedRootCause> WithRag(this IQueryable<RootCause> query, DateOnly today)
    {
        var r = Expression.Parameter(typeof(RootCause), "r");
        var body = Expression.MemberInit(Expression.New(typeof(RatedRootCause)),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.RootCause))!, r),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.Rag))!, RuleExpressions.Apply(RagRule.For(today), r)),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.Overdue))!, RuleExpressions.Apply(RootCauseRules.Overdue(today), r)),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.Open))!, RuleExpressions.Apply(RootCauseRules.Open, r)),
            Expression.Bind(typeof(RatedRootCause).GetProperty(nameof(RatedRootCause.AwaitingAssurance))!, RuleExpressions.Apply(RootCauseRules.AwaitingAssurance, r)));
        return query.Select(Expression.Lambda<Func<RootCause, RatedRootCause>>(body, r));
    }
}

/// <summary>A root cause with its derived RAG and overdue flag, as a query shape (not a DTO).</summary>
public sealed class RatedRootCause
{
    public RootCause RootCause { get; init; } = null!;
    public Rag Rag { get; init; }
    public bool Overdue { get; init; }
    public bool Open { get; init; }
    public bool AwaitingAssurance { get; init; }
}
