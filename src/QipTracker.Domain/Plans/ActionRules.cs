using System.Linq.Expressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>
/// When an action is open and when it is overdue, defined once for queries (as expressions) and for
/// <see cref="ImprovementAction.IsOpen"/> / <see cref="ImprovementAction.IsOverdue"/> (the same, compiled).
/// Open: Not started or In progress (Done and Cancelled are closed). Overdue: open and past its due date.
/// An action counts only while its root cause is live: queries join it to <see cref="RootCauseRules.Live"/>.
/// </summary>
public static class ActionRules
{
    // Status is stored as text, so the two open statuses are named rather than compared by order.
    public static readonly Expression<Func<ImprovementAction, bool>> Open =
        a => a.Status == ActionStatus.NotStarted || a.Status == ActionStatus.InProgress;

    public static readonly Expression<Func<ImprovementAction, DateOnly, bool>> OverdueOn =
        Open.And((ImprovementAction a, DateOnly today) => a.DueOn < today);

    public static Expression<Func<ImprovementAction, bool>> Overdue(DateOnly today) => OverdueOn.On(today);

    internal static class Compiled
    {
        public static readonly Func<ImprovementAction, bool> Open = ActionRules.Open.Compile();
        public static readonly Func<ImprovementAction, DateOnly, bool> Overdue = OverdueOn.Compile();
    }
}
