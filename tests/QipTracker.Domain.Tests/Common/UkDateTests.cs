using QipTracker.Domain.Common;

namespace QipTracker.Domain.Tests.Common;

/// <summary>Dates read the UK way everywhere, and a default date is never printed.</summary>
public sealed class UkDateTests
{
    [Fact]
    public void A_date_reads_as_day_month_and_year_whatever_the_servers_culture()
    {
        Assert.Equal("3 Sep 2026", UkDate.Format(new DateOnly(2026, 9, 3)));
        Assert.Equal("3 September 2026", UkDate.Format(new DateOnly(2026, 9, 3), UkDate.Long));
        Assert.Equal("—", UkDate.Format((DateOnly?)null));
    }

    [Fact]
    public void A_default_date_is_shown_as_a_dash_and_reported_so_its_source_can_be_fixed()
    {
        var reported = new List<string>();
        var before = UkDate.UnsetDateShown;
        UkDate.UnsetDateShown = reported.Add;
        try
        {
            Assert.Equal("—", UkDate.Format(default(DateOnly)));
            Assert.Equal("—", UkDate.Format(DateOnly.MinValue, "d MMM"));
            Assert.Equal("—", UkDate.Format((DateOnly?)default(DateOnly)));
            Assert.Equal("—", UkDate.Format(default(DateTimeOffset), TimeZoneInfo.Utc));
            Assert.Equal(["d MMM yyyy", "d MMM", "d MMM yyyy", "d MMM yyyy HH:mm"], reported);
        }
        finally
        {
            UkDate.UnsetDateShown = before;
        }
    }
}
