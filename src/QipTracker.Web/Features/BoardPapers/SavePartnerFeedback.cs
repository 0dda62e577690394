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
/// Records, or with an id and the version the PMO loaded revises, one partner's feedback from the partner meeting.
/// A save by someone else in between is a conflict, never an overwrite.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record SavePartnerFeedback(Guid? Id, DateOnly MeetingOn, string From, string Said, string? Response, long? Version = null)
    : ICommand<PartnerFeedbackDto>;

public sealed class SavePartnerFeedbackValidator : AbstractValidator<SavePartnerFeedback>
{
    public SavePartnerFeedbackValidator()
    {
        RuleFor(r => r.From).NotEmpty().WithMessage("Say who gave the feedback.").MaximumLength(InputLimits.Name);
        RuleFor(r => r.Said).NotEmpty().WithMessage("Say what the partner said.").MaximumLength(InputLimits.Text);
        RuleFor(r => r.Response).MaximumLength(InputLimits.Text);
        RuleFor(r => r.Version).NotNull().When(r => r.Id is not null).WithMessage("Give the version of the feedback you are changing.");
    }
}

public sealed class SavePartnerFeedbackHandler(QipDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<SavePartnerFeedback, PartnerFeedbackDto>
{
    public async Task<PartnerFeedbackDto> Handle(SavePartnerFeedback r, CancellationToken ct)
    {
        if (r.MeetingOn > clock.Today())
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(r.MeetingOn)] = ["Feedback is recorded after the meeting: the day cannot be in the future."] });
        PartnerFeedback feedback;
        if (r.Id is { } id)
        {
            feedback = await db.PartnerFeedbacks.SingleOrDefaultAsync(f => f.Id == id, ct) ?? throw new NotFoundException($"Partner feedback {id}");
            db.ExpectVersion(feedback, r.Version!.Value);
            feedback.Revise(r.MeetingOn, r.From, r.Said, r.Response);
        }
        else
        {
            feedback = new PartnerFeedback(user.TrustId!.Value, r.MeetingOn, r.From, r.Said, r.Response, user.UserId!.Value, clock.GetUtcNow());
            db.PartnerFeedbacks.Add(feedback);
        }
        await db.SaveChangesAsync(ct);
        return await db.PartnerFeedbacks.Where(f => f.Id == feedback.Id).Select(PartnerFeedbackDto.Of(db)).SingleAsync(ct);
    }
}
