using System.Globalization;

namespace QipTracker.Domain.BoardPapers;

/// <summary>The level of ask the data supports, and why, in words a board reads: "Note: 45 items off track, 0 with a recovery plan."</summary>
public sealed record AskProposal(BoardAsk Ask, string Reason);

/// <summary>
/// What a monthly QIP paper can honestly ask of the board. Assurance means effective control is evidenced, so
/// it is proposed only when delivery is close to the trajectory and every item off track has a recovery plan:
/// <list type="bullet">
/// <item><b>Receive</b> (discuss in depth) when delivery is below <see cref="ReceiveBelow"/>% of trajectory;</item>
/// <item><b>Note</b> when any item off track or overdue has no recovery plan, when delivery is below
/// <see cref="AssuranceFrom"/>%, or when a high-level KPI shows concerning special-cause variation;</item>
/// <item><b>Take assurance</b> otherwise.</item>
/// </list>
/// Approve is never proposed: it is for a decision, which the recommendation names on its own line. Nothing
/// planned yet (no percentage) is read as on trajectory.
/// </summary>
public static class AskRule
{
    public const decimal ReceiveBelow = 75m;
    public const decimal AssuranceFrom = 90m;

    /// <param name="percentOfTrajectory">Completed ÷ planned as at the month end, 0–100; null when nothing was planned.</param>
    /// <param name="offTrack">Items off track or overdue.</param>
    /// <param name="withRecoveryPlan">Of those, the ones with a recovery plan.</param>
    /// <param name="concerningKpis">High-level KPIs whose latest point is concerning special cause.</param>
    public static AskProposal Propose(decimal? percentOfTrajectory, int offTrack, int withRecoveryPlan, int concerningKpis)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offTrack);
        ArgumentOutOfRangeException.ThrowIfNegative(concerningKpis);
        if (withRecoveryPlan < 0 || withRecoveryPlan > offTrack) throw new ArgumentOutOfRangeException(nameof(withRecoveryPlan));

        var items = $"{Count(offTrack, "item", "items")} off track or overdue, {withRecoveryPlan} with a recovery plan";
        var kpis = concerningKpis == 0 ? null : $"{Count(concerningKpis, "high-level KPI shows", "high-level KPIs show")} concerning special-cause variation";
        if (percentOfTrajectory is { } low && low < ReceiveBelow)
            return new(BoardAsk.Receive, Join($"delivery is at {Percent(low)} of trajectory, below {Percent(ReceiveBelow)}: the board should discuss the recovery in depth", items, kpis));
        if (withRecoveryPlan < offTrack)
            return new(BoardAsk.Note, Join(items, Delivery(percentOfTrajectory), kpis));
        if (percentOfTrajectory is { } below && below < AssuranceFrom)
            return new(BoardAsk.Note, Join($"delivery is at {Percent(below)} of trajectory, below the {Percent(AssuranceFrom)} that assurance needs", items, kpis));
        if (kpis is not null)
            return new(BoardAsk.Note, Join(kpis, Delivery(percentOfTrajectory), items));
        return new(BoardAsk.TakeAssurance, Join(Delivery(percentOfTrajectory),
            offTrack == 0 ? "no item is off track or overdue" : $"every one of the {Count(offTrack, "item", "items")} off track or overdue has a recovery plan"));
    }

    private static string? Delivery(decimal? percent) => percent is { } p ? $"delivery is at {Percent(p)} of trajectory" : "nothing was planned to be complete yet";

    private static string Join(params string?[] parts)
    {
        var text = string.Join("; ", parts.Where(p => p is not null));
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Percent(decimal p) => p.ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static string Count(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
