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

public sealed record InspectionDto(Guid Id, string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices, int Findings, long Version = 0);

/// <summary>What the PMO records of an inspection, whether new or corrected.</summary>
public interface IInspectionFields
{
    string Title { get; }
    DateOnly StartedOn { get; }
    DateOnly EndedOn { get; }
    DateOnly? PublishedOn { get; }
    Rating? OverallRating { get; }
    IReadOnlyList<DomainRating> Ratings { get; }
    IReadOnlyList<EnforcementNotice> Notices { get; }
}

/// <summary>Records a CQC inspection and, once published, its report: ratings and enforcement notices.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record RecordInspection(string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices) : ICommand<InspectionDto>, IInspectionFields;

/// <summary>Corrects an inspection: its dates, its report's ratings, its notices. Refused if someone else changed it since it was loaded.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record UpdateInspection(Guid Id, string Title, DateOnly StartedOn, DateOnly EndedOn, DateOnly? PublishedOn, Rating? OverallRating,
    IReadOnlyList<DomainRating> Ratings, IReadOnlyList<EnforcementNotice> Notices, long Version) : ICommand<InspectionDto>, IInspectionFields;

[AnyTrustMember]
public sealed record ListInspections : IQuery<IReadOnlyList<InspectionDto>>;

public sealed class InspectionFieldsValidator : AbstractValidator<IInspectionFields>
{
    public InspectionFieldsValidator()
    {
        RuleFor(r => r.Title).NotEmpty().MaximumLength(InputLimits.Title);
        RuleFor(r => r.StartedOn).NotEqual(default(DateOnly)).WithMessage("Enter the date the inspection started.");
        RuleFor(r => r.EndedOn).GreaterThanOrEqualTo(r => r.StartedOn).WithMessage("The inspection cannot end before it starts.");
        RuleFor(r => r.PublishedOn).GreaterThanOrEqualTo(r => r.EndedOn).When(r => r.PublishedOn is not null)
            .WithMessage("A report cannot be published before the inspection ends.");
        RuleFor(r => r.OverallRating).NotNull().When(r => r.PublishedOn is not null).WithMessage("A published report has an overall rating.");
        RuleFor(r => r.OverallRating).IsInEnum();
        RuleFor(r => r.Ratings).NotNull();
        RuleFor(r => r.Ratings).Must(r => r.Count == 0).When(r => r.PublishedOn is null && r.Ratings is not null)
            .WithMessage("Ratings come with the published report: enter its publication date first.");
        RuleFor(r => r.Ratings).Must(r => r.GroupBy(x => (x.Domain, Norm(x.CoreService), Norm(x.Site))).All(g => g.Count() == 1))
            .When(r => r.Ratings is not null).WithMessage("A domain is rated twice for the same core service and site.");
        RuleFor(r => r.Notices).NotNull();
        RuleForEach(r => r.Notices).ChildRules(notice =>
        {
            notice.RuleFor(n => n.Kind).IsInEnum();
            notice.RuleFor(n => n.ReceivedOn).NotEqual(default(DateOnly)).WithMessage("Enter the date each notice was received.");
            notice.RuleFor(n => n.Summary).NotEmpty().WithMessage("Each notice needs its requirements.").MaximumLength(InputLimits.Text);
        });
        RuleForEach(r => r.Ratings).ChildRules(rating =>
        {
            rating.RuleFor(x => x.Domain).IsInEnum();
            rating.RuleFor(x => x.Rating).IsInEnum();
            rating.RuleFor(x => x.CoreService).MaximumLength(InputLimits.ShortName);
            rating.RuleFor(x => x.Site).MaximumLength(InputLimits.ShortName);
        });
    }

    private static string? Norm(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().ToUpperInvariant();
}

public sealed class RecordInspectionValidator : AbstractValidator<RecordInspection>
{
    public RecordInspectionValidator() => Include(new InspectionFieldsValidator());
}

public sealed class UpdateInspectionValidator : AbstractValidator<UpdateInspection>
{
    public UpdateInspectionValidator() => Include(new InspectionFieldsValidator());
}

public sealed class InspectionHandlers(QipDbContext db, ICurrentUser user, TimeProvider clock) :
    IRequestHandler<RecordInspection, InspectionDto>,
    IRequestHandler<UpdateInspection, InspectionDto>,
    IRequestHandler<ListInspections, IReadOnlyList<InspectionDto>>
{
    public async Task<InspectionDto> Handle(RecordInspection r, CancellationToken ct)
    {
        var inspection = new Inspection(user.TrustId!.Value, r.Title, r.StartedOn, r.EndedOn);
        Report(inspection, r);
        inspection.ReplaceNotices(r.Notices);
        db.Inspections.Add(inspection);
        await db.SaveChangesAsync(ct);
        return await One(inspection.Id, ct);
    }

    public async Task<InspectionDto> Handle(UpdateInspection r, CancellationToken ct)
    {
        var inspection = await db.Inspections.SingleOrDefaultAsync(i => i.Id == r.Id, ct) ?? throw new NotFoundException($"Inspection {r.Id}");
        db.ExpectVersion(inspection, r.Version);
        var (ratingsBefore, noticesBefore) = (Describe(inspection.Ratings), Describe(inspection.Notices));
        inspection.Retitle(r.Title, r.StartedOn, r.EndedOn);
        Report(inspection, r);
        inspection.ReplaceNotices(r.Notices);
        // Ratings and notices live in JSON columns the interceptor does not see field by field: say what changed, and
        // mark the inspection itself changed so its version rises (a stale tab then gets a conflict).
        AuditList(inspection, "Ratings", ratingsBefore, Describe(inspection.Ratings));
        AuditList(inspection, "Notices", noticesBefore, Describe(inspection.Notices));
        db.Entry(inspection).Property(i => i.Version).IsModified = true;
        await db.SaveChangesAsync(ct);
        return await One(inspection.Id, ct);
    }

    public async Task<IReadOnlyList<InspectionDto>> Handle(ListInspections r, CancellationToken ct)
    {
        var rows = await db.Inspections.OrderByDescending(i => i.StartedOn)
            .Select(i => new { Inspection = i, Findings = db.Findings.Count(f => f.InspectionId == i.Id) })
            .ToListAsync(ct);
        return rows.Select(x => new InspectionDto(x.Inspection.Id, x.Inspection.Title, x.Inspection.StartedOn, x.Inspection.EndedOn,
            x.Inspection.PublishedOn, x.Inspection.OverallRating, x.Inspection.Ratings, x.Inspection.Notices, x.Findings, x.Inspection.Version)).ToList();
    }

    private async Task<InspectionDto> One(Guid id, CancellationToken ct) => (await Handle(new ListInspections(), ct)).Single(i => i.Id == id);

    private static void Report(Inspection inspection, IInspectionFields r)
    {
        if (r.PublishedOn is { } published)
            inspection.Publish(published, r.OverallRating!.Value, r.Ratings.Select(x => x with { CoreService = Clean(x.CoreService), Site = Clean(x.Site) }));
        else inspection.Unpublish();
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

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
