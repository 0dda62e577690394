using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.Evidence;

/// <summary>Evidence written down: e.g. "Spot check of 20 CTG reviews, all signed within 15 minutes".</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record AddNoteEvidence(Guid RootCauseId, string Title, string WhatItShows) : ICommand<EvidenceDto>;

public sealed class AddNoteEvidenceValidator : AbstractValidator<AddNoteEvidence>
{
    public AddNoteEvidenceValidator()
    {
        RuleFor(r => r.RootCauseId).NotEmpty();
        RuleFor(r => r.Title).NotEmpty().WithMessage("Give the evidence a title.").MaximumLength(InputLimits.Title);
        RuleFor(r => r.WhatItShows).NotEmpty().WithMessage("Say what the note shows.").MaximumLength(InputLimits.Text);
    }
}

public sealed class AddNoteEvidenceHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddNoteEvidence, EvidenceDto>
{
    public async Task<EvidenceDto> Handle(AddNoteEvidence r, CancellationToken ct)
    {
        var rootCause = await db.LoadForChangeAsync(user, r.RootCauseId, ct); // owner of this one, its chair, or the PMO
        var evidence = Domain.Plans.Evidence.Note(rootCause.TrustId, rootCause.Id, r.Title, r.WhatItShows, user.UserId ?? Guid.Empty, clock.GetUtcNow());
        return await db.AddEvidenceAsync(rootCause, evidence, ct);
    }
}
