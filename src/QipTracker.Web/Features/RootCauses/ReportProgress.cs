using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>The owner's update: forecast date and whether the work is off track.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record ReportProgress(Guid RootCauseId, DateOnly ForecastDue, bool OffTrack, long Version) : ICommand<RootCauseDto>;

public sealed class ReportProgressHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReportProgress, RootCauseDto>
{
    public async Task<RootCauseDto> Handle(ReportProgress r, CancellationToken ct)
    {
        var rc = await db.LoadForChangeAsync(user, r.RootCauseId, ct, r.Version);
        rc.ReportProgress(r.ForecastDue, r.OffTrack, clock.Today());
        return await db.SaveAndShowAsync(rc, clock.Today(), ct);
    }
}
