using System.Linq.Expressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Plans;

/// <summary>
/// The state people see, one vocabulary on every screen: the status, with "sent back" told apart from plain
/// in-progress work (the chair did not accept the evidence and the owner has to act), and Completed read as
/// what it means for the chair: awaiting assurance.
/// </summary>
public enum RootCauseState { NotStarted, InProgress, SentBack, AwaitingAssurance, Assured, Embedded }

public static class RootCauseStates
{
    public static RootCauseState Of(RootCauseStatus status, bool sentBack) => status switch
    {
        RootCauseStatus.NotStarted => RootCauseState.NotStarted,
        RootCauseStatus.InProgress => sentBack ? RootCauseState.SentBack : RootCauseState.InProgress,
        RootCauseStatus.Completed => RootCauseState.AwaitingAssurance,
        RootCauseStatus.Assured => RootCauseState.Assured,
        _ => RootCauseState.Embedded,
    };

    /// <summary>Sent back and not yet completed again: the owner has the chair's comment to act on.</summary>
    public static readonly Expression<Func<RootCause, bool>> SentBack =
        RootCauseRules.Live.And(r => r.Status == RootCauseStatus.InProgress && r.SentBackOn != null);
}
