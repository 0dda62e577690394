using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// The feedback from the partner meetings held in the month (up to the as-at day), oldest meeting first. The meeting
/// discusses the previous month's pack, so its feedback and the trust's response appear in the next month's paper and pack.
/// </summary>
internal static class PaperPartnerFeedback
{
    public static async Task<ValueList<PartnerFeedbackItem>> ReadAsync(QipDbContext db, DateOnly month, DateOnly asAt, CancellationToken ct) =>
        new((await db.PartnerFeedbacks.AsNoTracking().Where(f => f.MeetingOn >= month && f.MeetingOn <= asAt)
                .Select(f => new { f.MeetingOn, f.From, f.Said, f.Response, f.RecordedAt }).ToListAsync(ct))
            .OrderBy(f => f.MeetingOn).ThenBy(f => f.RecordedAt)
            .Select(f => new PartnerFeedbackItem(f.MeetingOn, f.From, f.Said, f.Response)));
}
