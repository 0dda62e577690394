using System.Linq.Expressions;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Actions;

/// <summary>Actions with the Domain's open and overdue rules (<see cref="ActionRules"/>) spliced in, as a query shape.</summary>
public static class ActionState
{
    /// <summary>Each action with whether it is open and overdue on <paramref name="today"/>; later Where/OrderBy run in SQL.</summary>
    public static IQueryable<StatedAction> WithState(this IQueryable<ImprovementAction> query, DateOnly today)
    {
        var a = Expression.Parameter(typeof(ImprovementAction), "a");
        var body = Expression.MemberInit(Expression.New(typeof(StatedAction)),
            Expression.Bind(typeof(StatedAction).GetProperty(nameof(StatedAction.Action))!, a),
            Expression.Bind(typeof(StatedAction).GetProperty(nameof(StatedAction.Open))!, RuleExpressions.Apply(ActionRules.Open, a)),
            Expression.Bind(typeof(StatedAction).GetProperty(nameof(StatedAction.Overdue))!, RuleExpressions.Apply(ActionRules.Overdue(today), a)));
        return query.Select(Expression.Lambda<Func<ImprovementAction, StatedAction>>(body, a));
    }
}

/// <summary>An action with its open and overdue flags, as a query shape (not a DTO).</summary>
public sealed class StatedAction
{
    public ImprovementAction Action { get; init; } = null!;
    public bool Open { get; init; }
    public bool Overdue { get; init; }
}
