using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.ChangeControl;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ChangeRequests;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>A change approved in the month and the ISG of its root cause (for the ISG's drafted commentary).</summary>
internal sealed record PaperChange(Guid IsgId, ApprovedChange Change);

/// <summary>Change requests the ECIB approved in the month, up to the as-at day, oldest first.</summary>
internal static class PaperChanges
{
    public static async Task<IReadOnlyList<PaperChange>> ReadAsync(QipDbContext db, DateOnly month, DateOnly asAt, CancellationToken ct)
    {
        var from = PaperMonth.EndOfDayUtc(month.AddDays(-1));
        var to = PaperMonth.EndOfDayUtc(asAt);
        var approved = (await ChangeRequestView.ListAsync(db, ChangeStatus.Approved, null, ct))
            .Where(c => c.DecidedAt >= from && c.DecidedAt < to).OrderBy(c => c.DecidedAt).ToList();
        var ids = approved.SelectMany(c => c.MergeRootCauseIds.Append(c.RootCauseId)).Distinct().ToList();
        var rootCauses = await db.RootCauses.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Reference, r.IsgId }).ToDictionaryAsync(r => r.Id, ct);

        return approved.Select(c => new PaperChange(rootCauses.GetValueOrDefault(c.RootCauseId)?.IsgId ?? Guid.Empty,
                new ApprovedChange(c.RootCauseReference, c.Kind, Summary(c, id => rootCauses.GetValueOrDefault(id)?.Reference ?? "another root cause"),
                    DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.DecidedAt!.Value, Application.Clock.London).DateTime), c.DecidedBy ?? "")))
            .ToList();
    }

    /// <summary>What changed, then why.</summary>
    private static string Summary(ChangeRequestDto c, Func<Guid, string> reference)
    {
        var what = c.Kind switch
        {
            ChangeKind.NewDueDate => $"Due date moved to {Date(c.ProposedDue)}",
            ChangeKind.NewOwner => $"Owner changed to {c.ProposedOwner}",
            ChangeKind.NewIsg => $"Moved to the {c.ProposedIsg} ISG",
            ChangeKind.Withdrawal => "Withdrawn from the plan",
            ChangeKind.Merge => "Merged with " + string.Join(", ", c.MergeRootCauseIds.Select(reference)),
            ChangeKind.Split => "Split into " + string.Join(", ", c.SplitParts.Select(p => $"{p.Reference} (due {Date(p.BaselineDue)})")),
            _ => c.Kind.ToString(),
        };
        return $"{what}. {c.Reason}";
    }

    private static string Date(DateOnly? date) => date is { } d ? PaperLabels.ShortDate(d) : PaperLabels.Nothing;
}
