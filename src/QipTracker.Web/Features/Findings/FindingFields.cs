using FluentValidation;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>The details of a finding as the PMO records them from the CQC report.</summary>
public sealed record FindingFields(string Reference, string Text, FindingKind Kind, Guid IsgId, Guid? InspectionId, string? Source,
    string? CoreService, string? Site, CqcDomain? Domain, string? Regulation, bool SafetyUrgent, string? KloeCode, string? PromptCode);

public sealed class FindingFieldsValidator : AbstractValidator<FindingFields>
{
    public FindingFieldsValidator()
    {
        RuleFor(f => f.Reference).NotEmpty().MaximumLength(InputLimits.Reference);
        RuleFor(f => f.Text).NotEmpty().MaximumLength(InputLimits.Text);
        RuleFor(f => f.Source).MaximumLength(InputLimits.Name);
        RuleFor(f => f.CoreService).MaximumLength(InputLimits.ShortName);
        RuleFor(f => f.Site).MaximumLength(InputLimits.ShortName);
        RuleFor(f => f.Regulation).MaximumLength(InputLimits.Name);
        RuleFor(f => f.Kind).IsInEnum();
        RuleFor(f => f.Domain).IsInEnum();
        RuleFor(f => f.IsgId).NotEmpty().WithMessage("Choose the ISG that owns the finding.");
        RuleFor(f => f.KloeCode).Must(WellLedKloes.IsKloe).When(f => !string.IsNullOrWhiteSpace(f.KloeCode)).WithMessage("KLOE must be W1–W8.");
        RuleFor(f => f.PromptCode).Must(WellLedKloes.IsPrompt).When(f => !string.IsNullOrWhiteSpace(f.PromptCode)).WithMessage("Not a Well-led prompt (e.g. W4.2).");
    }
}

/// <summary>What <see cref="CreateFinding"/> and <see cref="UpdateFinding"/> both check and write of the fields.</summary>
public static class FindingFieldChecks
{
    /// <summary>The reference is not another finding's, the ISG and the inspection (if any) are this trust's.</summary>
    public static async Task EnsureValidAsync(this QipDbContext db, FindingFields f, Guid? except, CancellationToken ct)
    {
        var trimmed = f.Reference.Trim();
        if (await db.Findings.AnyAsync(x => x.Reference == trimmed && x.Id != except, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Reference"] = [$"{trimmed} is already used by another finding."] });
        if (!await db.Isgs.AnyAsync(i => i.Id == f.IsgId, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["IsgId"] = ["That ISG is not in this trust."] });
        if (f.InspectionId is { } id && !await db.Inspections.AnyAsync(i => i.Id == id, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["InspectionId"] = ["That inspection is not in this trust."] });
    }

    /// <summary>The descriptive fields and the Well-led tags, as both commands set them.</summary>
    public static void Describe(Finding finding, FindingFields f)
    {
        finding.Describe(f.Source, f.CoreService, f.Site, f.Domain, f.Regulation, f.SafetyUrgent);
        finding.TagKloe(f.KloeCode, f.PromptCode);
    }
}
