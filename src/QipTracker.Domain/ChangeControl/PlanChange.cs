using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.ChangeControl;

/// <summary>What an approved change did: root causes it created and the new baseline entries.</summary>
public sealed record AppliedChange(IReadOnlyList<RootCause> Created, IReadOnlyList<BaselineRecord> Baselines);

/// <summary>
/// Approving a change request and moving the plan are one step: the request is approved and
/// the root causes change as it says, with the baseline history extended.
/// </summary>
public static class PlanChange
{
    public static AppliedChange Approve(ChangeRequest request, RootCause target, IReadOnlyList<RootCause> mergedIn,
        Guid approvedBy, string? note, DateOnly today, DateTimeOffset now)
    {
        if (target.Id != request.RootCauseId) throw new DomainException("That change request is for another root cause.");
        // A request raised before its root cause was withdrawn (by another request) may still be rejected, never approved.
        target.EnsureLive();
        request.Approve(approvedBy, note, now);
        var created = new List<RootCause>();
        var baselines = new List<BaselineRecord>();
        switch (request.Kind)
        {
            case ChangeKind.NewDueDate:
                target.Rebaseline(request.ProposedDue!.Value);
                baselines.Add(new BaselineRecord(target.TrustId, target.Id, request.ProposedDue.Value, today, request.Id, now));
                break;
            case ChangeKind.NewOwner:
                target.Reassign(request.ProposedOwnerId!.Value);
                break;
            case ChangeKind.NewIsg:
                target.MoveTo(request.ProposedIsgId!.Value);
                break;
            case ChangeKind.Withdrawal:
                target.Withdraw(today);
                break;
            case ChangeKind.Merge:
                if (mergedIn.Select(r => r.Id).Order().SequenceEqual(request.MergeRootCauseIds.Order()) is false)
                    throw new DomainException("Every root cause named in the merge must be present.");
                foreach (var other in mergedIn)
                {
                    target.Absorb(other);
                    other.Withdraw(today);
                }
                break;
            case ChangeKind.Split:
                foreach (var part in request.SplitParts)
                {
                    var rc = target.SplitOff(part.Reference, part.Description, part.BaselineDue);
                    created.Add(rc);
                    baselines.Add(new BaselineRecord(rc.TrustId, rc.Id, part.BaselineDue, today, request.Id, now));
                }
                target.Withdraw(today);
                break;
            default:
                throw new DomainException($"Unknown change kind {request.Kind}.");
        }
        return new AppliedChange(created, baselines);
    }
}
