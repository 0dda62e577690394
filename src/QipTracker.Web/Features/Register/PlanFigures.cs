using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// The headline figures of a set of root causes, each counted by the Domain's own rule
/// (<see cref="RootCauseRules"/>): every screen that shows them reads them here, so no two can disagree.
/// Delivered is always shown with its two parts, completed (awaiting assurance) and assured.
/// </summary>
/// <param name="RootCauses">Live root causes (withdrawn ones are out of the plan).</param>
public sealed record PlanFigures(int RootCauses, int Open, int Overdue, int Delivered, int AwaitingAssurance, int Assured)
{
    public static readonly PlanFigures None = new(0, 0, 0, 0, 0, 0);
}

public static class PlanFiguresQuery
{
    /// <summary>The figures of these root causes on <paramref name="today"/>, in one aggregate query.</summary>
    public static async Task<PlanFigures> FiguresAsync(this IQueryable<RootCause> rootCauses, DateOnly today, CancellationToken ct) =>
        await rootCauses.Where(RootCauseRules.Live).Select(Flags(today)).GroupBy(_ => 1)
            .Select(g => new PlanFigures(g.Count(), g.Count(x => x.Open), g.Count(x => x.Overdue), g.Count(x => x.Delivered),
                g.Count(x => x.AwaitingAssurance), g.Count(x => x.Assured)))
            .SingleOrDefaultAsync(ct) ?? PlanFigures.None;

    /// <summary>The figures of these root causes grouped by a key (an ISG, say), in one aggregate query; a key with no live root cause is absent.</summary>
    public static async Task<Dictionary<TKey, PlanFigures>> FiguresByAsync<TKey>(this IQueryable<RootCause> rootCauses,
        Expression<Func<RootCause, TKey>> key, DateOnly today, CancellationToken ct) where TKey : notnull =>
        await rootCauses.Where(RootCauseRules.Live).Select(Flags<KeyedRuleFlags<TKey>>(today, key)).GroupBy(x => x.Key)
            .Select(g => new
            {
                g.Key,
                Figures = new PlanFigures(g.Count(), g.Count(x => x.Open), g.Count(x => x.Overdue), g.Count(x => x.Delivered),
                    g.Count(x => x.AwaitingAssurance), g.Count(x => x.Assured)),
            })
            .ToDictionaryAsync(x => x.Key, x => x.Figures, ct);

    private static Expression<Func<RootCause, RuleFlags>> Flags(DateOnly today) => Flags<RuleFlags>(today);

    /// <param name="key">When given, bound to the flags' Key (<see cref="KeyedRuleFlags{TKey}"/>).</param>
    private static Expression<Func<RootCause, T>> Flags<T>(DateOnly today, LambdaExpression? key = null) where T : RuleFlags, new()
    {
        var r = Expression.Parameter(typeof(RootCause), "r");
        MemberAssignment Bind(string flag, LambdaExpression rule) =>
            Expression.Bind(typeof(T).GetProperty(flag)!, RuleExpressions.Apply(rule, r));
        var bindings = new List<MemberBinding>
        {
            Bind(nameof(RuleFlags.Open), RootCauseRules.Open),
            Bind(nameof(RuleFlags.Overdue), RootCauseRules.Overdue(today)),
            Bind(nameof(RuleFlags.Delivered), RootCauseRules.Delivered),
            Bind(nameof(RuleFlags.AwaitingAssurance), RootCauseRules.AwaitingAssurance),
            Bind(nameof(RuleFlags.Assured), RootCauseRules.Assured),
        };
        if (key is not null) bindings.Add(Bind(nameof(KeyedRuleFlags<int>.Key), key));
        return Expression.Lambda<Func<RootCause, T>>(Expression.MemberInit(Expression.New(typeof(T)), bindings), r);
    }

    /// <summary>Which rules hold for one root cause: a query shape, not a DTO.</summary>
    internal class RuleFlags
    {
        public bool Open { get; init; }
        public bool Overdue { get; init; }
        public bool Delivered { get; init; }
        public bool AwaitingAssurance { get; init; }
        public bool Assured { get; init; }
    }

    internal sealed class KeyedRuleFlags<TKey> : RuleFlags
    {
        public TKey Key { get; init; } = default!;
    }
}
