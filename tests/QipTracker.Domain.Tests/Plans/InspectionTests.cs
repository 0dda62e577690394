using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

public sealed class InspectionTests
{
    private static Inspection NewInspection() =>
        new(Plan.Trust, "  Core services and Well-led inspection ", new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 11));

    [Fact]
    public void An_inspection_needs_a_title_and_cannot_end_before_it_starts()
    {
        Assert.Equal("Core services and Well-led inspection", NewInspection().Title);
        Assert.Throws<DomainException>(() => new Inspection(Plan.Trust, " ", new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 11)));
        Assert.Throws<DomainException>(() => new Inspection(Plan.Trust, "Inspection", new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 7)));
    }

    [Fact]
    public void A_one_day_inspection_is_allowed()
    {
        var inspection = new Inspection(Plan.Trust, "Unannounced maternity visit", new DateOnly(2025, 9, 8), new DateOnly(2025, 9, 8));

        Assert.Equal(inspection.StartedOn, inspection.EndedOn);
    }

    [Fact]
    public void Publishing_records_the_overall_and_domain_ratings()
    {
        var inspection = NewInspection();

        inspection.Publish(new DateOnly(2025, 11, 14), Rating.Inadequate,
        [
            new DomainRating(CqcDomain.Safe, Rating.Inadequate),
            new DomainRating(CqcDomain.WellLed, Rating.RequiresImprovement),
            new DomainRating(CqcDomain.Safe, Rating.RequiresImprovement, "Maternity"),
            new DomainRating(CqcDomain.Safe, Rating.Good, "Maternity", "St Anne's Community Hospital"),
        ]);

        Assert.Equal(new DateOnly(2025, 11, 14), inspection.PublishedOn);
        Assert.Equal(Rating.Inadequate, inspection.OverallRating);
        Assert.Equal(4, inspection.Ratings.Count);
        Assert.Equal(Rating.Inadequate, inspection.RatingFor(CqcDomain.Safe)); // trust-wide, not the service's
        Assert.Equal(Rating.RequiresImprovement, inspection.RatingFor(CqcDomain.WellLed));
        Assert.Null(inspection.RatingFor(CqcDomain.Caring));
    }

    [Fact]
    public void A_report_can_be_published_on_the_last_day_of_the_inspection_but_not_before()
    {
        var inspection = NewInspection();

        Assert.Throws<DomainException>(() => inspection.Publish(new DateOnly(2025, 9, 10), Rating.Good, []));
        Assert.Null(inspection.PublishedOn);
        inspection.Publish(new DateOnly(2025, 9, 11), Rating.Good, []);
        Assert.Equal(new DateOnly(2025, 9, 11), inspection.PublishedOn);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("Maternity", null)]
    [InlineData("Maternity", "Northshire General Hospital")]
    public void A_domain_rated_twice_for_the_same_service_and_site_is_refused(string? service, string? site)
    {
        var inspection = NewInspection();

        var ex = Assert.Throws<DomainException>(() => inspection.Publish(new DateOnly(2025, 11, 14), Rating.Inadequate,
        [
            new DomainRating(CqcDomain.Safe, Rating.Inadequate, service, site),
            new DomainRating(CqcDomain.Effective, Rating.Good, service, site),
            new DomainRating(CqcDomain.Safe, Rating.RequiresImprovement, service, site),
        ]));

        Assert.Contains("Safe", ex.Message);
        Assert.Null(inspection.PublishedOn);
        Assert.Empty(inspection.Ratings);
    }

    [Fact]
    public void Republishing_replaces_the_ratings()
    {
        var inspection = NewInspection();
        inspection.Publish(new DateOnly(2025, 11, 14), Rating.Inadequate, [new DomainRating(CqcDomain.Safe, Rating.Inadequate)]);

        inspection.Publish(new DateOnly(2025, 11, 20), Rating.RequiresImprovement, [new DomainRating(CqcDomain.Safe, Rating.RequiresImprovement)]);

        Assert.Equal([new DomainRating(CqcDomain.Safe, Rating.RequiresImprovement)], inspection.Ratings);
        Assert.Equal(Rating.RequiresImprovement, inspection.OverallRating);
    }

    [Fact]
    public void Notices_are_kept_in_the_order_received()
    {
        var inspection = NewInspection();
        var warning = new EnforcementNotice(NoticeKind.Section29AWarning, new DateOnly(2025, 9, 20), "Fetal monitoring");
        var conditions = new EnforcementNotice(NoticeKind.Section31Conditions, new DateOnly(2025, 10, 2), "Triage conditions");

        inspection.RecordNotice(warning);
        inspection.RecordNotice(conditions);

        Assert.Equal([warning, conditions], inspection.Notices);
    }
}
