using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Inspections;

/// <summary>Corrects an inspection: its dates, its report's ratings, its notices. Refused if someone else changed it since it was loaded.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record UpdateInspection(Guid Id, string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices, long Version) : ICommand<InspectionDto>, IInspectionFields;

public sealed class UpdateInspectionValidator : AbstractValidator<UpdateInspection>
{
    public UpdateInspectionValidator() => Include(new InspectionFieldsValidator());
}

public sealed class UpdateInspectionHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpdateInspection, InspectionDto>
{
    public async Task<InspectionDto> Handle(UpdateInspection r, CancellationToken ct)
    {
        var inspection = await db.Inspections.SingleOrDefaultAsync(i => i.Id == r.Id, ct) ?? throw new NotFoundException($"Inspection {r.Id}");
        db.ExpectVersion(inspection, r.Version);
        var (ratingsBefore, noticesBefore) = (Describe(inspection.Ratings), Describe(inspection.Notices));
        inspection.Retitle(r.Title, r.StartedOn, r.EndedOn);
        InspectionReport.Apply(inspection, r);
        // Ratings and notices live in JSON columns the interceptor does not see field by field: say what changed, and
        // mark the inspection itself changed so its version rises (a stale tab then gets a conflict).
        AuditList(inspection, "Ratings", ratingsBefore, Describe(inspection.Ratings));
        AuditList(inspection, "Notices", noticesBefore, Describe(inspection.Notices));
        db.Entry(inspection).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return await InspectionView.OneAsync(db, inspection.Id, ct);
    }

    private void AuditList(Inspection inspection, string field, string before, string after)
    {
        if (before == after) return;
        db.AuditEntries.Add(new AuditEntry(inspection.TrustId, nameof(Inspection), inspection.Id, AuditOperation.Modified, field,
            before.Length == 0 ? null : before, after.Length == 0 ? null : after, user.UserId, clock.GetUtcNow()));
    }

    private static string Describe(IEnumerable<DomainRating> ratings) => string.Join("; ", ratings.Select(r =>
        $"{Words.For(r.Domain)}{Where(r)}: {Words.For(r.Rating)}"));

    private static string Describe(IEnumerable<EnforcementNotice> notices) => string.Join("; ", notices.Select(n =>
        $"{Words.For(n.Kind)} received {UkDate.Format(n.ReceivedOn)}: {n.Summary}"));

    private static string Where(DomainRating r) =>
        r.CoreService is null && r.Site is null ? "" : $" ({string.Join(", ", new[] { r.CoreService, r.Site }.OfType<string>())})";
}
