using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// Tells a root cause's owner that the chair sent it back: the chair's comment and where to act on it. Queued in
/// the outbox with the change itself, so it is sent once the change is committed and never lost.
/// </summary>
public sealed class SentBackLetter(QipDbContext db, IEmailSender email, IConfiguration config)
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public async Task TellOwnerAsync(RootCause rc, CancellationToken ct)
    {
        var ids = new[] { rc.OwnerId, rc.SentBackBy ?? Guid.Empty };
        var people = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        if (people.FirstOrDefault(p => p.Id == rc.OwnerId) is not { Email: { } address } owner) return;
        var chair = people.FirstOrDefault(p => p.Id == rc.SentBackBy)?.DisplayName ?? "Your ISG chair";
        var link = $"{(config["App:BaseUrl"] ?? "http://localhost:5080").TrimEnd('/')}/my-work?open={rc.Id}";
        var on = rc.SentBackOn?.ToString("d MMM yyyy", EnGb) ?? "";
        var subject = $"{rc.Reference} was sent back: {chair} has not accepted the evidence yet";
        var text = $"Hello {owner.DisplayName},\n\n{chair} sent {rc.Reference} back to you on {on}:\n\n\"{rc.ReviewComment}\"\n\n" +
                   $"{rc.Reference}: {rc.Description}\n\nAdd the evidence asked for and mark it completed again: {link}";
        var html = $"<p>Hello {Enc(owner.DisplayName)},</p><p>{Enc(chair)} sent <strong>{Enc(rc.Reference)}</strong> back to you on {Enc(on)}:</p>" +
                   $"<blockquote>{Enc(rc.ReviewComment ?? "")}</blockquote><p>{Enc(rc.Reference)}: {Enc(rc.Description)}</p>" +
                   $"<p>Add the evidence asked for and mark it completed again: <a href=\"{Enc(link)}\">{Enc(link)}</a></p>";
        await email.QueueAsync(new EmailMessage(address, owner.DisplayName, subject, html, text, rc.TrustId,
            DedupKey: $"sent-back:{rc.Id}:{rc.Version}"), ct);
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
