using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

/// <summary>The details of a finding as the PMO records them from the CQC report.</summary>
public sealed record FindingFields(string Reference, string Text, FindingKind Kind, Guid IsgId, Guid? InspectionId, string? Source,
    string? CoreService, string? Site, CqcDomain? Domain, string? Regulation, bool SafetyUrgent, string? KloeCode, string? PromptCode);

[RequiresRole(TrustRole.Pmo)]
public sealed record CreateFinding(FindingFields Fields) : ICommand<FindingDto>;

/// <summary>Edits a finding; reclassifying it re-derives the priority class of every root cause that answers it.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record UpdateFinding(Guid Id, FindingFields Fields, long Version) : ICommand<FindingDto>;

[AnyTrustMember]
public sealed record ListFindings(Guid? IsgId = null, FindingKind? Kind = null) : IQuery<IReadOnlyList<FindingDto>>;

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

public sealed class CreateFindingValidator : AbstractValidator<CreateFinding>
{
    public CreateFindingValidator() => RuleFor(r => r.Fields).NotNull().SetValidator(new FindingFieldsValidator());
}

public sealed class UpdateFindingValidator : AbstractValidator<UpdateFinding>
{
    public UpdateFindingValidator() => RuleFor(r => r.Fields).NotNull().SetValidator(new FindingFieldsValidator());
}

public sealed class FindingCommandHandlers(QipDbContext db, ICurrentUser user, IMediator mediator) :
    IRequestHandler<CreateFinding, FindingDto>,
    IRequestHandler<UpdateFinding, FindingDto>,
    IRequestHandler<ListFindings, IReadOnlyList<FindingDto>>
{
    public async Task<FindingDto> Handle(CreateFinding r, CancellationToken ct)
    {
        var f = r.Fields;
        await EnsureUnique(f.Reference, null, ct);
        await EnsureIsg(f.IsgId, ct);
        await EnsureInspection(f.InspectionId, ct);
        var finding = new Finding(user.TrustId!.Value, f.Reference, f.Text, f.Kind, f.IsgId, f.InspectionId);
        Apply(finding, f);
        db.Findings.Add(finding);
        await db.SaveChangesAsync(ct);
        return await mediator.Send(new GetFinding(finding.Id), ct);
    }

    public async Task<FindingDto> Handle(UpdateFinding r, CancellationToken ct)
    {
        var finding = await db.Findings.SingleOrDefaultAsync(x => x.Id == r.Id, ct) ?? throw new NotFoundException($"Finding {r.Id}");
        db.ExpectVersion(finding, r.Version);
        var f = r.Fields;
        await EnsureUnique(f.Reference, finding.Id, ct);
        await EnsureIsg(f.IsgId, ct);
        await EnsureInspection(f.InspectionId, ct);
        var kindChanged = finding.Kind != f.Kind;
        finding.Reword(f.Reference, f.Text);
        finding.Reclassify(f.Kind);
        finding.AssignTo(f.IsgId);
        finding.FromInspection(f.InspectionId);
        Apply(finding, f);
        if (kindChanged) await RederivePriorities(finding, ct);
        await db.SaveChangesAsync(ct);
        return await mediator.Send(new GetFinding(finding.Id), ct);
    }

    public async Task<IReadOnlyList<FindingDto>> Handle(ListFindings r, CancellationToken ct)
    {
        var query = db.Findings.AsQueryable();
        if (r.IsgId is { } isg) query = query.Where(f => f.IsgId == isg);
        if (r.Kind is { } kind) query = query.Where(f => f.Kind == kind);
        return await query.OrderBy(f => f.Reference)
            .Select(FindingDto.Projection)
            .ToListAsync(ct);
    }

    private static void Apply(Finding finding, FindingFields f)
    {
        finding.Describe(f.Source, f.CoreService, f.Site, f.Domain, f.Regulation, f.SafetyUrgent);
        finding.TagKloe(f.KloeCode, f.PromptCode);
    }

    // A root cause's class follows its strongest finding, so a reclassified finding moves them.
    private async Task RederivePriorities(Finding changed, CancellationToken ct)
    {
        var rootCauseIds = await db.RootCauseFindings.Where(l => l.FindingId == changed.Id).Select(l => l.RootCauseId).ToListAsync(ct);
        var kinds = await db.RootCauseFindings.Where(l => rootCauseIds.Contains(l.RootCauseId) && l.FindingId != changed.Id)
            .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => new { l.RootCauseId, f.Kind }).ToListAsync(ct);
        foreach (var rootCause in await db.RootCauses.Where(rc => rootCauseIds.Contains(rc.Id)).ToListAsync(ct))
            rootCause.RecomputePriority(kinds.Where(k => k.RootCauseId == rootCause.Id).Select(k => k.Kind).Append(changed.Kind));
    }

    private async Task EnsureUnique(string reference, Guid? except, CancellationToken ct)
    {
        var trimmed = reference.Trim();
        if (await db.Findings.AnyAsync(f => f.Reference == trimmed && f.Id != except, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["Reference"] = [$"{trimmed} is already used by another finding."] });
    }

    private async Task EnsureInspection(Guid? inspectionId, CancellationToken ct)
    {
        if (inspectionId is { } id && !await db.Inspections.AnyAsync(i => i.Id == id, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["InspectionId"] = ["That inspection is not in this trust."] });
    }

    private async Task EnsureIsg(Guid isgId, CancellationToken ct)
    {
        if (!await db.Isgs.AnyAsync(i => i.Id == isgId, ct))
            throw new RequestValidationException(new Dictionary<string, string[]> { ["IsgId"] = ["That ISG is not in this trust."] });
    }
}
