using QipTracker.Domain.Common;

namespace QipTracker.Domain.Sprints;

/// <summary>One sprint's place in its ISG's calendar: its number and its first and last day (both inclusive).</summary>
public sealed record SprintPeriod
{
    public int Number { get; }
    public DateOnly StartsOn { get; }
    public DateOnly EndsOn { get; }

    public SprintPeriod(int number, DateOnly startsOn, DateOnly endsOn)
    {
        if (number < 1) throw new DomainException("Sprints are numbered from 1.");
        if (endsOn < startsOn) throw new DomainException($"Sprint {number} cannot end ({endsOn:yyyy-MM-dd}) before it starts ({startsOn:yyyy-MM-dd}).");
        Number = number;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public int Days => EndsOn.DayNumber - StartsOn.DayNumber + 1;

    public bool Contains(DateOnly date) => date >= StartsOn && date <= EndsOn;
}
