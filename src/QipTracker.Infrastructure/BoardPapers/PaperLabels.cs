using QipTracker.Domain.BoardPapers;
using System.Globalization;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// How the paper words its values. Culture-invariant on purpose: the same content must give the
/// same text on any server, whatever its locale.
/// </summary>
public static class PaperLabels
{
    private static readonly CultureInfo Text = CultureInfo.InvariantCulture;

    public const string Nothing = "—";

    // Through UkDate, which never prints a default date.
    public static string Date(DateOnly date) => UkDate.Format(date, UkDate.Long);
    public static string ShortDate(DateOnly date) => UkDate.Format(date);
    public static string Month(DateOnly date) => UkDate.Format(date, "MMMM yyyy");

    /// <summary>"75.0%", "111.8%" (never capped), or "—" when nothing was planned.</summary>
    public static string Percent(decimal? percent) => percent is { } p ? p.ToString("0.0", Text) + "%" : Nothing;

    /// <summary>"75.0% of trajectory", or "111.8% — ahead of trajectory" when more is completed than planned.</summary>
    public static string OfTrajectory(DeliveryFigures f) =>
        TrajectoryPercent.Standing(f.Completed, f.Planned) == TrajectoryStanding.Ahead
            ? $"{Percent(f.PercentOfTrajectory)} — {TrajectoryPercent.Words(TrajectoryStanding.Ahead)}"
            : $"{Percent(f.PercentOfTrajectory)} of trajectory";

    public static string Number(decimal value) => value.ToString("#,0.##", Text);

    /// <summary>"95.2%", "4.1 days", "12".</summary>
    public static string Measure(decimal value, string unit) =>
        unit switch { "" => Number(value), "%" => Number(value) + "%", _ => $"{Number(value)} {unit}" };

    public static string Of(BoardAsk ask) => ask switch
    {
        BoardAsk.TakeAssurance => "Take assurance",
        _ => ask.ToString(),
    };

    public static string Of(CqcDomain domain) => domain == CqcDomain.WellLed ? "Well-led" : domain.ToString();

    public static string Of(Rating rating) => rating == Rating.RequiresImprovement ? "Requires improvement" : rating.ToString();

    public static string Of(NoticeKind kind) => kind switch
    {
        NoticeKind.Section29AWarning => "Section 29A warning notice",
        NoticeKind.Section31Conditions => "Section 31 notice of conditions",
        _ => kind.ToString(),
    };

    public static string Of(ReportingCadence cadence) =>
        cadence == ReportingCadence.Fortnightly ? "Fortnightly sprints" : "Monthly";

    public static string Of(EscalationLevel? level) => level switch
    {
        null => "Not escalated",
        EscalationLevel.IsgChair => "ISG chair",
        EscalationLevel.AccountableExecutive => "Accountable executive",
        EscalationLevel.Ecib => "ECIB",
        _ => level.ToString()!,
    };

    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.NewDueDate => "New due date",
        ChangeKind.NewOwner => "New owner",
        ChangeKind.NewIsg => "New ISG",
        _ => kind.ToString(),
    };

    public static string DaysOverdue(int days) => days > 0 ? days.ToString(Text) : Nothing;
}
