using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.SecurityEvents;

public sealed record SecurityEventDto(Guid Id, DateTimeOffset At, SecurityEventKind Kind, string What, string? Email, string? By,
    string? Trust, string? IpAddress, string? Detail);

/// <summary>The security log as its readers filter it: shared by the trust administrator's and the system administrator's views.</summary>
public static class SecurityEventList
{
    private const int MaxEvents = 300;

    public static async Task<IReadOnlyList<SecurityEventDto>> ListAsync(QipDbContext db, IQueryable<SecurityEvent> events, string? email,
        SecurityEventKind? kind, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(email))
        {
            var part = email.Trim().ToLowerInvariant();
            events = events.Where(e => e.Email != null && e.Email.ToLower().Contains(part));
        }
        if (kind is { } k) events = events.Where(e => e.Kind == k);
        var rows = await events.OrderByDescending(e => e.At).Take(MaxEvents)
            .Select(e => new
            {
                e.Id, e.At, e.Kind, e.Email, e.IpAddress, e.Detail,
                By = db.Users.Where(u => u.Id == e.ActorId).Select(u => u.DisplayName).FirstOrDefault(),
                Trust = db.Trusts.IgnoreQueryFilters().Where(t => t.Id == e.TrustId).Select(t => t.Name).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Select(e => new SecurityEventDto(e.Id, e.At, e.Kind, SecurityEventText.Describe(e.Kind), e.Email, e.By, e.Trust, e.IpAddress, e.Detail)).ToList();
    }
}
