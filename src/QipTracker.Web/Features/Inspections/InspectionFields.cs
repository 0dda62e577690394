using FluentValidation;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Inspections;

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

/// <summary>How <see cref="RecordInspection"/> and <see cref="UpdateInspection"/> both write the report and the notices.</summary>
public static class InspectionReport
{
    public static void Apply(Inspection inspection, IInspectionFields r)
    {
        if (r.PublishedOn is { } published)
            inspection.Publish(published, r.OverallRating!.Value, r.Ratings.Select(x => x with { CoreService = Clean(x.CoreService), Site = Clean(x.Site) }));
        else inspection.Unpublish();
        inspection.ReplaceNotices(r.Notices);
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
