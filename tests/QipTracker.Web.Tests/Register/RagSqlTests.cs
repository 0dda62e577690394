using System.Reflection;
using QipTracker.Domain.Plans;
using QipTracker.Web.Features.Register;

namespace QipTracker.Web.Tests.Register;

/// <summary>The SQL form of the RAG rule, run in memory, says what RagRule says for every combination.</summary>
public sealed class RagSqlTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    public static IEnumerable<object[]> Grid() =>
        from status in Enum.GetValues<RootCauseStatus>()
        from baseline in new[] { -30, -1, 0, 1, 14 }
        from forecastAfterBaseline in new[] { -5, 0, 1, 60 }
        from offTrack in new[] { false, true }
        select new object[] { status, baseline, forecastAfterBaseline, offTrack };

    [Theory]
    [MemberData(nameof(Grid))]
    public void The_sql_expression_agrees_with_RagRule(RootCauseStatus status, int baselineInDays, int forecastAfterBaseline, bool offTrack)
    {
        var baseline = Today.AddDays(baselineInDays);
        var forecast = baseline.AddDays(forecastAfterBaseline);
        var rootCause = Arrange(status, baseline, forecast, offTrack);

        var expected = RagRule.Derive(status, baseline, forecast, offTrack, kpiNotImproving: false, Today);
        Assert.Equal(expected, RagSql.For(Today).Compile()(rootCause));
        Assert.Equal(expected, rootCause.RagOn(Today));
    }

    // Any combination, including ones the domain methods would not reach (e.g. Completed and off track).
    private static RootCause Arrange(RootCauseStatus status, DateOnly baseline, DateOnly forecast, bool offTrack)
    {
        var rc = new RootCause(Guid.NewGuid(), "RC-1", "A root cause", Guid.NewGuid(), Guid.NewGuid(), baseline);
        Set(rc, nameof(RootCause.Status), status);
        Set(rc, nameof(RootCause.ForecastDue), forecast);
        Set(rc, nameof(RootCause.ReportedOffTrack), offTrack);
        return rc;
    }

    private static void Set(RootCause rc, string property, object value) =>
        typeof(RootCause).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(rc, value);
}
