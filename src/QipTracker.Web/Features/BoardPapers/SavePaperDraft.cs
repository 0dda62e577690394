using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Saves the PMO's draft for a month. <paramref name="Version"/> is the one they loaded: null for a draft
/// that was not saved yet. Someone else's save in between is a conflict, never an overwrite.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record SavePaperDraft(DateOnly Month, PaperDraftFields Fields, long? Version) : ICommand<PaperDraftDto>;

public sealed class SavePaperDraftValidator : AbstractValidator<SavePaperDraft>
{
    public const int MaxRecommendations = 20;

    public SavePaperDraftValidator()
    {
        RuleFor(r => r.Month.Day).Equal(1).WithName("Month").WithMessage("A paper is for a month: give its first day.");
        RuleFor(r => r.Fields).NotNull();
        When(r => r.Fields is not null, () =>
        {
            RuleFor(r => r.Fields.PaperTitle).NotEmpty().WithMessage("Give the paper a title.").MaximumLength(InputLimits.Title);
            RuleFor(r => r.Fields.Meeting).NotEmpty().WithMessage("Name the meeting the paper goes to.").MaximumLength(InputLimits.Name);
            RuleFor(r => r.Fields.ResponsibleDirector).MaximumLength(InputLimits.Name);
            RuleFor(r => r.Fields.Author).MaximumLength(InputLimits.Name);
            RuleFor(r => r.Fields.ExecutiveSummary).MaximumLength(InputLimits.Document);
            RuleFor(r => r.Fields.PreviouslyConsideredBy).MaximumLength(InputLimits.Line);
            RuleFor(r => r.Fields.AskReason).MaximumLength(InputLimits.Text);
            RuleFor(r => r.Fields.EqualityImpact).MaximumLength(InputLimits.Text);
            RuleFor(r => r.Fields.EqualityStage).IsInEnum();
            RuleFor(r => r.Fields.FoiStatus).MaximumLength(InputLimits.Name);
            RuleFor(r => r.Fields.BoardAskedTo).IsInEnum();
            RuleFor(r => r.Fields.Recommendations).Must(items => (items ?? []).Count <= MaxRecommendations)
                .WithMessage($"A recommendation may have at most {MaxRecommendations} items.");
            RuleForEach(r => r.Fields.Recommendations).ChildRules(item =>
            {
                item.RuleFor(i => i.Verb).IsInEnum();
                item.RuleFor(i => i.Text).NotEmpty().WithMessage("Say what the board is asked to note or approve.").MaximumLength(InputLimits.Text);
            });
            RuleForEach(r => r.Fields.StrategicObjectives).MaximumLength(InputLimits.Line);
            RuleForEach(r => r.Fields.BafRisks).MaximumLength(InputLimits.Line);
            RuleForEach(r => r.Fields.IsgCommentaries).Must(c => (c.Text ?? "").Length <= InputLimits.LongText).WithMessage($"An ISG commentary may have at most {InputLimits.LongText} characters.");
        });
    }
}

public sealed class SavePaperDraftHandler(QipDbContext db, ICurrentUser user, IMediator mediator) : IRequestHandler<SavePaperDraft, PaperDraftDto>
{
    public async Task<PaperDraftDto> Handle(SavePaperDraft r, CancellationToken ct)
    {
        var draft = await db.PaperDrafts.SingleOrDefaultAsync(d => d.Month == r.Month, ct);
        if (draft is null)
        {
            if (r.Version is not null) throw new NotFoundException($"The paper draft for {PaperMonth.Label(r.Month)}");
            draft = new PaperDraft(user.TrustId!.Value, r.Month);
            db.PaperDrafts.Add(draft);
        }
        else if (r.Version is { } version) db.ExpectVersion(draft, version);
        else throw new ConflictException($"Someone else saved the {PaperMonth.Label(r.Month)} paper draft while you were editing it. Reload it and apply your change again.");

        var f = r.Fields;
        var isgs = await db.Isgs.Select(i => i.Id).ToListAsync(ct);
        var lists = await db.Trusts.Where(t => t.Id == user.TrustId).Select(t => new { t.StrategicObjectives, t.BafRisks }).SingleAsync(ct);
        // Chosen from the trust's lists; one already chosen stays choosable after the list changes, so an old draft still saves.
        var objectives = Chosen(f.StrategicObjectives, lists.StrategicObjectives, draft.StrategicObjectives, "Fields.StrategicObjectives", "strategic objectives");
        var risks = Chosen(f.BafRisks, lists.BafRisks, draft.BafRisks, "Fields.BafRisks", "Board Assurance Framework risks");
        draft.Meeting = f.Meeting.Trim();
        draft.PaperTitle = f.PaperTitle.Trim();
        draft.MeetingDate = f.MeetingDate;
        draft.ResponsibleDirector = Clean(f.ResponsibleDirector);
        draft.Author = Clean(f.Author);
        draft.ExecutiveSummary = Clean(f.ExecutiveSummary);
        draft.PreviouslyConsideredBy = Clean(f.PreviouslyConsideredBy);
        draft.BoardAskedTo = f.BoardAskedTo;
        draft.AskReason = Clean(f.AskReason);
        draft.LinkedCqcDomains = [.. (f.LinkedCqcDomains ?? []).Distinct().Order()];
        draft.StrategicObjectives = objectives;
        draft.BafRisks = risks;
        draft.EqualityStage = f.EqualityStage;
        draft.EqualityImpact = Clean(f.EqualityImpact);
        draft.FoiStatus = Clean(f.FoiStatus);
        draft.Recommendations = [.. (f.Recommendations ?? []).Select(i => i with { Text = i.Text.Trim() })];
        // Blank commentary means "use the drafted text", so it is not kept; nor is one for an ISG of another trust.
        draft.IsgCommentaries = [.. (f.IsgCommentaries ?? []).Where(c => isgs.Contains(c.IsgId) && !string.IsNullOrWhiteSpace(c.Text))
            .DistinctBy(c => c.IsgId).Select(c => c with { Text = c.Text.Trim() })];
        await db.SaveChangesAsync(ct);
        return await mediator.Send(new GetPaperDraft(r.Month), ct);
    }

    private static string Clean(string? text) => text?.Trim() ?? "";

    /// <summary>The choices in the list's order; one that is neither on the list nor already chosen is refused, naming it.</summary>
    private static List<string> Chosen(IEnumerable<string>? chosen, List<string> list, List<string> before, string field, string what)
    {
        var picked = (chosen ?? []).Select(i => i.Trim()).Where(i => i.Length > 0).Distinct().ToList();
        var unknown = picked.Where(p => !list.Contains(p) && !before.Contains(p)).ToList();
        if (unknown.Count > 0)
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                [field] = [.. unknown.Select(u => $"{InputText.Quote(u)} is not on the trust's list of {what} (Trust settings).")],
            });
        return [.. list.Where(picked.Contains), .. picked.Where(p => !list.Contains(p))];
    }
}
