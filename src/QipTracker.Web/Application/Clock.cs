using QipTracker.Domain.Common;

namespace QipTracker.Web.Application;

public static class Clock
{
    public static readonly TimeZoneInfo London = UkDate.London;

    /// <summary>Today's date in England: due dates are London dates, whatever the server's zone.</summary>
    public static DateOnly Today(this TimeProvider clock) => UkDate.DayOf(clock.GetUtcNow());
}
