using Bogus;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// The demo's timeline, anchored on today so that the plan always looks current: inspection nine
/// months ago, special measures eight, report published seven, plan running since about six.
/// Past events fall on working days and never after now.
/// </summary>
internal sealed class DemoCalendar
{
    private readonly Randomizer _random;

    public DemoCalendar(DateTimeOffset now, Randomizer random)
    {
        _random = random;
        Now = now;
        Today = DateOnly.FromDateTime(now.UtcDateTime);
        InspectionStart = WorkingDay(Today.AddMonths(-9));
        InspectionEnd = InspectionStart.AddDays(23); // core services first, well-led interviews three weeks later
        Section31On = InspectionStart.AddDays(6);
        Section29AOn = InspectionStart.AddDays(35);
        SpecialMeasuresOn = WorkingDay(Today.AddMonths(-8));
        PublishedOn = WorkingDay(Today.AddMonths(-7));
        PlanStart = WorkingDay(PublishedOn.AddDays(21));
        WellLedReviewOn = WorkingDay(PublishedOn.AddDays(30));
    }

    public DateTimeOffset Now { get; }
    public DateOnly Today { get; }
    public DateOnly InspectionStart { get; }
    public DateOnly InspectionEnd { get; }
    public DateOnly Section31On { get; }
    public DateOnly Section29AOn { get; }
    public DateOnly SpecialMeasuresOn { get; }
    public DateOnly PublishedOn { get; }
    /// <summary>The day the QIP was approved; root-cause work starts after it.</summary>
    public DateOnly PlanStart { get; }
    public DateOnly WellLedReviewOn { get; }
    public DateOnly Yesterday => Today.AddDays(-1);

    public DateOnly Days(int offsetFromToday) => Today.AddDays(offsetFromToday);

    /// <summary>A random working day between the two dates (inclusive); the earlier date if the range is empty.</summary>
    public DateOnly Between(DateOnly from, DateOnly to)
    {
        if (to <= from) return from;
        var day = from.AddDays(_random.Int(0, to.DayNumber - from.DayNumber));
        var working = WorkingDay(day);
        return working < from ? from : working;
    }

    /// <summary>Weekend dates move back to the Friday: plans are updated on working days.</summary>
    public static DateOnly WorkingDay(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(-2),
        _ => day,
    };

    /// <summary>A moment in working hours on the given day, for the audit trail; never later than now.</summary>
    public DateTimeOffset At(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(_random.Int(8, 17), _random.Int(0, 59))), TimeSpan.Zero);
        return at < Now ? at : Now.AddMinutes(-1);
    }

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
