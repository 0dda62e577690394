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

public sealed class SavePaperDraftHandler(QipDbContext db, ICurrentUser user, BoardPaperAssembler assembler) : IRequestHandler<SavePaperDraft, PaperDraftDto>
{
    public async Task<PaperDraftDto> Handle(SavePaperDraft r, CancellationToken ct)
    {
        var f = r.Fields;
        var cover = new PaperCover(f.Meeting, f.PaperTitle, f.MeetingDate, f.ResponsibleDirector, f.Author, f.PreviouslyConsideredBy,
            f.BoardAskedTo, f.LinkedCqcDomains ?? [], f.StrategicObjectives ?? [], f.BafRisks ?? [], f.EqualityStage, f.EqualityImpact, f.FoiStatus);
        var draft = await db.PaperDrafts.SingleOrDefaultAsync(d => d.Month == r.Month, ct);
        if (draft is null)
        {
            if (r.Version is not null) throw new NotFoundException($"The paper draft for {PaperMonth.Label(r.Month)}");
            draft = new PaperDraft(user.TrustId!.Value, r.Month, f.PaperTitle, f.MeetingDate);
            db.PaperDrafts.Add(draft);
        }
        else if (r.Version is { } version) db.ExpectVersion(draft, version);
        else throw new ConflictException($"Someone else saved the {PaperMonth.Label(r.Month)} paper draft while you were editing it. Reload it and apply your change again.");

        // The draft holds its own rules (what is kept, trimmed, required and chosen from the trust's lists);
        // this only hands it the PMO's words and the trust's lists.
        var lists = await db.Trusts.Where(t => t.Id == user.TrustId)
            .Select(t => new TrustPaperLists(t.StrategicObjectives, t.BafRisks)).SingleAsync(ct);
        try
        {
            draft.WriteCover(cover, lists);
        }
        catch (NotOnTrustListException e)
        {
            throw new RequestValidationException(e.Errors.ToDictionary(x => $"Fields.{x.Key}", x => x.Value));
        }
        draft.AskTheBoard(f.BoardAskedTo, f.AskReason);
        draft.WriteJudgement(f.ExecutiveSummary, f.Recommendations);
        draft.WriteCommentaries(f.IsgCommentaries, await db.Isgs.Select(i => i.Id).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return await PaperDraftView.LoadAsync(assembler, db, r.Month, ct);
    }
}
