using System.Net;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Runs daily; on the configured working day of the month (BoardPapers:DraftOnWorkingDay, default the 5th;
/// see <see cref="WorkingDays"/>) it generates last month's board paper for every trust that has a plan, and
/// emails its PMO(s) that the draft is ready to review. A trust whose PMO already generated that month's paper
/// is left alone. Re-runs do nothing new: the paper is generated once and each email has its dedup key.
/// One trust failing does not stop the others; the run then fails, so Hangfire retries it.
/// </summary>
[SystemJob]
public sealed record DraftMonthlyPaper : IJobRequest;

public sealed class DraftMonthlyPaperHandler(QipDbContext db, TrustByTrust trusts, PaperHistory history, BoardPaperGenerator generator, IEmailSender email,
    TimeProvider clock, BoardPaperOptions options, IConfiguration config, ILogger<DraftMonthlyPaperHandler> log)
    : IRequestHandler<DraftMonthlyPaper, string>
{
    public async Task<string> Handle(DraftMonthlyPaper request, CancellationToken ct)
    {
        var today = clock.Today();
        var draftDay = WorkingDays.NthOfMonth(today.Year, today.Month, options.DraftOnWorkingDay);
        if (today != draftDay) return $"Not the day: papers are drafted on working day {options.DraftOnWorkingDay} of the month ({draftDay:d MMM yyyy}).";

        var month = PaperMonth.Of(today).AddMonths(-1);
        int generated = 0, emailed = 0;
        var failed = new List<string>();
        // Only trusts with a plan: a trust with no root causes has nothing to report.
        var count = await trusts.RunAsync(async trust =>
        {
            try
            {
                var (paper, isNew) = await DraftAsync(month, ct);
                // Told again after a re-run too, in case the last run stopped between the paper and the email: the dedup key keeps it to once.
                var told = paper is null ? 0 : await TellPmosAsync(trust.Id, trust.Name, month, ct);
                if (isNew) (generated, emailed) = (generated + 1, emailed + told);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Drafting the {Month} board paper for trust {Trust} failed", PaperMonth.Key(month), trust.Id);
                failed.Add(trust.Name);
            }
        }, ct, t => db.RootCauses.IgnoreQueryFilters().Any(r => r.TrustId == t.Id));
        var summary = $"{PaperMonth.Label(month)} board paper drafted for {generated} of {count} trusts; {emailed} PMOs emailed";
        return failed.Count == 0 ? summary : throw new InvalidOperationException($"{summary}; failed for {string.Join(", ", failed)}.");
    }

    /// <summary>The job's paper for the month (made now if there is none); null when the PMO generated their own.</summary>
    private async Task<(GeneratedPaperDto? Paper, bool New)> DraftAsync(DateOnly month, CancellationToken ct)
    {
        var papers = (await history.ListAsync(month, ct)).Where(p => p.Kind == GeneratedPaperKind.BoardPaper).ToList();
        if (papers.Count > 0) return (papers.LastOrDefault(p => p.GeneratedBy == GeneratedPaperDto.BySystem && p.RegeneratedFrom is null), false);
        return (await generator.GenerateAsync(month, GeneratedPaperKind.BoardPaper, ct), true);
    }

    private async Task<int> TellPmosAsync(Guid trustId, string trustName, DateOnly month, CancellationToken ct)
    {
        var pmos = await db.Memberships.Where(m => m.Role == TrustRole.Pmo)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.DisplayName })
            .Distinct().ToListAsync(ct);
        var link = $"{(config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/')}/board-papers?month={PaperMonth.Key(month)}";
        var subject = $"{trustName}: the {PaperMonth.Label(month)} QIP board paper is drafted and ready to review";
        foreach (var pmo in pmos.Where(p => p.Email is not null))
        {
            var text = $"Hello {pmo.DisplayName},\n\nThe Quality Improvement Plan board paper for {PaperMonth.Label(month)} has been drafted from the data. " +
                       "Add the executive summary, the ISG commentary and the recommendation, preview it and generate the final paper:\n" +
                       $"{link}\n\nThe draft's Word and PDF files are in the paper history on the same page.\n";
            var html = $"<p>Hello {WebUtility.HtmlEncode(pmo.DisplayName)},</p><p>The Quality Improvement Plan board paper for {PaperMonth.Label(month)} " +
                       "has been drafted from the data. Add the executive summary, the ISG commentary and the recommendation, preview it and generate the final paper: " +
                       $"<a href=\"{WebUtility.HtmlEncode(link)}\">board papers</a>.</p><p>The draft's Word and PDF files are in the paper history on the same page.</p>";
            await email.QueueAsync(new EmailMessage(pmo.Email!, pmo.DisplayName, subject, html, text, trustId,
                DedupKey: $"board-paper:{trustId}:{PaperMonth.Key(month)}:{pmo.Id}"), ct);
        }
        await db.SaveChangesAsync(ct);
        return pmos.Count(p => p.Email is not null);
    }
}
