using QipTracker.Domain.ChangeControl;
using QipTracker.Web.Components.Shared;
using QipTracker.Web.Features.ChangeRequests;

namespace QipTracker.Web.Components.Pages.Plan;

/// <summary>What a change request proposes, in one line, for the root cause page and the ECIB.</summary>
public static class ChangeText
{
    public static string Proposal(ChangeRequestDto c, IReadOnlyDictionary<Guid, string> references) => c.Kind switch
    {
        ChangeKind.NewDueDate => $"Due {Format.Date(c.ProposedDue)}",
        ChangeKind.NewOwner => $"Owner: {c.ProposedOwner}",
        ChangeKind.NewIsg => $"ISG: {c.ProposedIsg}",
        ChangeKind.Withdrawal => "Withdraw from the plan",
        ChangeKind.Merge => "Fold in " + string.Join(", ", c.MergeRootCauseIds.Select(id => references.GetValueOrDefault(id, "another root cause"))),
        ChangeKind.Split => "Split into " + string.Join(", ", c.SplitParts.Select(p => $"{p.Reference} (due {Format.Date(p.BaselineDue)})")),
        _ => "",
    };
}
