using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// An oversight user records what they said at a partner meeting of a trust that granted their organisation access.
/// It joins the trust's partner feedback (the PMO adds the trust's response), recorded with the organisation.
/// </summary>
[OversightUser]
public sealed record AddOversightFeedback(Guid TrustId, DateOnly MeetingOn, string Said) : ICommand<FeedbackView>;

public sealed class AddOversightFeedbackValidator : AbstractValidator<AddOversightFeedback>
{
    public AddOversightFeedbackValidator() =>
        RuleFor(r => r.Said).NotEmpty().WithMessage("Say what you want the trust to hear.").MaximumLength(InputLimits.Text);
}

public sealed class AddOversightFeedbackHandler(QipDbContext db, OversightReads oversight, ICurrentUser current, TimeProvider clock)
    : IRequestHandler<AddOversightFeedback, FeedbackView>
{
    public async Task<FeedbackView> Handle(AddOversightFeedback r, CancellationToken ct)
    {
        if (r.MeetingOn > clock.Today())
            throw new RequestValidationException(new Dictionary<string, string[]> { [nameof(r.MeetingOn)] = ["Feedback follows the meeting: the day cannot be in the future."] });
        var (organisation, trust) = await oversight.GrantedOneAsync(r.TrustId, ct);
        var userId = current.UserId!.Value;
        var organisationId = current.OversightOrganisationId!.Value;
        var name = await db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).SingleAsync(ct);
        var from = $"{name}, {organisation}";
        if (from.Length > InputLimits.Name) from = from[..InputLimits.Name];

        oversight.ActIn(trust);
        var feedback = new PartnerFeedback(trust.TrustId, r.MeetingOn, from, r.Said, null, userId, clock.GetUtcNow(), organisationId);
        db.PartnerFeedbacks.Add(feedback);
        await db.SaveChangesAsync(ct);
        return new FeedbackView(feedback.MeetingOn, feedback.From, feedback.Said, feedback.Response, organisation);
    }
}
