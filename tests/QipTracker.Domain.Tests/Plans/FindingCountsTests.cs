using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

/// <summary>The plan's findings against the inspection report's: both counts, and the reasons they differ.</summary>
public sealed class FindingCountsTests
{
    private static FindingCounts Demo() => FindingCounts.From(new Dictionary<FindingKind, int>
    {
        [FindingKind.MustDo] = 60, [FindingKind.ShouldDo] = 100, [FindingKind.NoticeRequirement] = 7, [FindingKind.WellLedRecommendation] = 6,
    }, shouldDoThroughMustDo: 12);

    [Fact]
    public void The_plans_must_do_and_should_do_include_the_findings_from_other_sources()
    {
        var counts = Demo();

        Assert.Equal((60, 100), (counts.ReportMustDo, counts.ReportShouldDo));
        Assert.Equal((67, 106, 173), (counts.MustDo, counts.ShouldDo, counts.Total));
        Assert.True(counts.DiffersFromReport);
    }

    [Fact]
    public void The_reconciliation_names_every_difference()
    {
        Assert.Equal(
        [
            "The plan answers 173 findings: 67 Must Do (the report's 60 and 7 requirements of enforcement notices) " +
            "and 106 Should Do (the report's 100 and 6 recommendations of the Well-led review).",
            "12 Should Do findings are answered through the root causes of linked Must Do findings, which count as Must Do root causes.",
        ], Demo().Reconciliation());
    }

    [Fact]
    public void A_plan_of_the_reports_findings_alone_needs_no_explanation()
    {
        var counts = FindingCounts.From(new Dictionary<FindingKind, int> { [FindingKind.MustDo] = 2, [FindingKind.ShouldDo] = 1 }, 0);

        Assert.False(counts.DiffersFromReport);
        Assert.Empty(counts.Reconciliation());
        Assert.Equal("The plan answers 4 findings: 2 Must Do (all 2 from the report) and 2 Should Do (the report's 1 and 1 recommendation of the Well-led review).",
            Assert.Single(FindingCounts.From(new Dictionary<FindingKind, int>
            {
                [FindingKind.MustDo] = 2, [FindingKind.ShouldDo] = 1, [FindingKind.WellLedRecommendation] = 1,
            }, 0).Reconciliation()));
    }
}
