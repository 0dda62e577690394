using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// The month's draft, or a new unsaved one: the cover sheet is the trust's own, carried over from its most
/// recent draft (the trust's defaults, editable per paper); a trust's first paper gets sensible defaults.
/// The judgement — what the board is asked to do and why, executive summary, ISG commentary, recommendation —
/// is never carried over: last month's words would not fit this month's figures (the assembler starts a new
/// draft's ask from what the data supports).
/// </summary>
internal static class PaperDraftDefaults
{
    public const string EqualityImpact = "No adverse impact on people with protected characteristics has been identified.";
    public const string PreviouslyConsideredBy = "Executive Continuous Improvement Board";

    public static async Task<PaperDraft> LoadOrNewAsync(QipDbContext db, ICurrentUser user, DateOnly month, CancellationToken ct)
    {
        if (await db.PaperDrafts.SingleOrDefaultAsync(d => d.Month == month, ct) is { } saved) return saved;

        var trustId = user.TrustId ?? throw new InvalidOperationException("A paper draft belongs to a trust.");
        var draft = new PaperDraft(trustId, month, $"Quality Improvement Plan: progress report {PaperMonth.Label(month)}", PaperMonth.FirstThursdayAfter(month));
        var previous = await db.PaperDrafts.AsNoTracking().OrderByDescending(d => d.Month).FirstOrDefaultAsync(ct);
        if (previous is not null)
        {
            draft.CarryCoverFrom(previous);
            return draft;
        }

        var domains = await db.Findings.Where(f => f.Domain != null).Select(f => f.Domain!.Value).Distinct().ToListAsync(ct);
        draft.WriteCover(draft.Cover with
        {
            ResponsibleDirector = await NameOfAsync(db, TrustRole.AccountableExecutive, null, ct),
            Author = await NameOfAsync(db, TrustRole.Pmo, user.UserId, ct),
            LinkedCqcDomains = domains.Count > 0 ? [.. domains.Order()] : [.. Enum.GetValues<CqcDomain>()],
            EqualityImpact = EqualityImpact,
            PreviouslyConsideredBy = PreviouslyConsideredBy,
        }, TrustPaperLists.None);
        return draft;
    }

    /// <summary>The person writing it if they hold the role, else the first of the trust's people who do.</summary>
    private static async Task<string> NameOfAsync(QipDbContext db, TrustRole role, Guid? preferred, CancellationToken ct) =>
        (await db.Memberships.Where(m => m.Role == role)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName })
            .OrderBy(u => u.DisplayName).ToListAsync(ct))
        .OrderByDescending(u => u.Id == preferred).Select(u => u.DisplayName).FirstOrDefault() ?? "";
}
