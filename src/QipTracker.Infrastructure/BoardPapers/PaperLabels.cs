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
    public static string ShortMonth(DateOnly date) => UkDate.Format(date, "MMM yyyy");

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

    /// <summary>What each option asks of the board, as the NHS cover sheet explains it.</summary>
    public static string Meaning(BoardAsk ask) => ask switch
    {
        BoardAsk.Approve => "To formally receive and discuss a report and approve its recommendations or a particular course of action",
        BoardAsk.Receive => "To discuss, in depth, noting the implications for the Board or Trust without formally approving it",
        BoardAsk.Note => "For the intelligence of the Board without in-depth discussion required",
        _ => "To assure the Board that effective systems of control are in place",
    };

    public static string Of(EqualityImpactStage stage) => stage == EqualityImpactStage.Stage1
        ? "Stage 1 only (no negative impact identified)"
        : "Stage 2 recommended (negative impact identified and equality impact assessment attached for Board approval)";

    /// <summary>A ticked or empty box before an option, as a printed form shows it.</summary>
    public static string Box(bool ticked, string text) => (ticked ? "☒ " : "☐ ") + text;

    /// <summary>A chosen or empty radio button before an option.</summary>
    public static string Radio(bool chosen, string text) => (chosen ? "◉ " : "○ ") + text;

    public static string Of(PriorityClass priority) => Words.For(priority);

    /// <summary>"up 2.5 points", "down 4.0 points", "unchanged"; null when either side has no percentage.</summary>
    public static string? Change(decimal? now, decimal? before) =>
        now is not { } n || before is not { } b ? null
        : n == b ? "unchanged"
        : $"{(n > b ? "up" : "down")} {Math.Abs(n - b).ToString("0.0", Text)} points";

    /// <summary>"+2.5", "−4.0", "0.0", or "—" without both percentages: the change column of a table.</summary>
    public static string ChangeShort(decimal? now, decimal? before) =>
        now is not { } n || before is not { } b ? Nothing
        : n > b ? "+" + (n - b).ToString("0.0", Text) : n < b ? "−" + (b - n).ToString("0.0", Text) : "0.0";

    public static string Of(CqcDomain domain) => Words.For(domain);

    public static string Of(Rating rating) => Words.For(rating);

    public static string Of(NoticeKind kind) => Words.For(kind);

    public static string Of(ReportingCadence cadence) =>
        cadence == ReportingCadence.Fortnightly ? "Fortnightly sprints" : "Monthly";

    public static string Of(EscalationLevel? level) => level is { } l ? Words.For(l) : "Not escalated";

    public static string Of(ChangeKind kind) => Words.For(kind);

    public static string DaysOverdue(int days) => days > 0 ? days.ToString(Text) : Nothing;

    /// <summary>", up 2.5 points from 80.0% at the end of October" — empty without last month's figure.</summary>
    public static string Since(decimal? now, decimal? before, DateOnly? beforeAsAt) =>
        PaperLabels.Change(now, before) is not { } change || beforeAsAt is not { } at ? ""
        : change == "unchanged" ? $", unchanged from the end of {PaperLabels.Month(at)}"
        : $", {change} from {PaperLabels.Percent(before)} at the end of {PaperLabels.Month(at)}";

    /// <summary>"1 item", "3 items".</summary>
    public static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
