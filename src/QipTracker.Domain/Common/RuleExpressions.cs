using System.Linq.Expressions;

namespace QipTracker.Domain.Common;

/// <summary>
/// The plumbing that lets a rule be written once as an expression and used both ways: queries hand the
/// expression to the database (EF translates it to SQL), and the entity's own method runs the same
/// expression compiled. Nothing here knows a rule; it only splices expressions together.
/// </summary>
public static class RuleExpressions
{
    /// <summary>
    /// The body of <paramref name="rule"/> with its parameters replaced by <paramref name="arguments"/>, in order:
    /// how one rule is used inside a bigger expression (a projection, another rule).
    /// </summary>
    public static Expression Apply(LambdaExpression rule, params Expression[] arguments)
    {
        if (rule.Parameters.Count != arguments.Length)
            throw new ArgumentException($"The rule takes {rule.Parameters.Count} arguments, not {arguments.Length}.", nameof(arguments));
        var map = rule.Parameters.Zip(arguments).ToDictionary(p => p.First, p => p.Second);
        return new Substitution(map).Visit(rule.Body);
    }

    /// <summary>
    /// A dated rule with its date fixed: the date goes in as a captured value (as a C# closure would), so the
    /// database sees a query parameter and can reuse the query plan on another day.
    /// </summary>
    public static Expression<Func<T, TResult>> On<T, TResult>(this Expression<Func<T, DateOnly, TResult>> rule, DateOnly date)
    {
        var item = rule.Parameters[0];
        var captured = Expression.Property(Expression.Constant(new Captured<DateOnly>(date)), nameof(Captured<DateOnly>.Value));
        return Expression.Lambda<Func<T, TResult>>(Apply(rule, item, captured), item);
    }

    /// <summary>Both rules hold: <c>Live.And(r =&gt; r.Status &lt; RootCauseStatus.Completed)</c>.</summary>
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> first, Expression<Func<T, bool>> second)
    {
        var item = first.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(first.Body, Apply(second, item)), item);
    }

    /// <summary>Both rules hold, the second one dated.</summary>
    public static Expression<Func<T, DateOnly, bool>> And<T>(this Expression<Func<T, bool>> first, Expression<Func<T, DateOnly, bool>> second)
    {
        var (item, date) = (first.Parameters[0], second.Parameters[1]);
        return Expression.Lambda<Func<T, DateOnly, bool>>(Expression.AndAlso(first.Body, Apply(second, item, date)), item, date);
    }

    /// <summary>A value captured the way a closure captures it.</summary>
    private sealed class Captured<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Substitution(IReadOnlyDictionary<ParameterExpression, Expression> map) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => map.TryGetValue(node, out var e) ? e : node;
    }
}
