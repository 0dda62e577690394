using FluentValidation;
using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.Evidence;

/// <summary>Evidence kept elsewhere, e.g. a dashboard or a document on the trust's intranet.</summary>
[RequiresRole(TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo)]
public sealed record AddLinkEvidence(Guid RootCauseId, string Title, string Url, string WhatItShows) : ICommand<EvidenceDto>;

public sealed class AddLinkEvidenceValidator : AbstractValidator<AddLinkEvidence>
{
    public AddLinkEvidenceValidator()
    {
        RuleFor(r => r.RootCauseId).NotEmpty();
        RuleFor(r => r.Title).NotEmpty().WithMessage("Give the evidence a title.").MaximumLength(InputLimits.Title);
        RuleFor(r => r.Url).NotEmpty().WithMessage("Give the link.").MaximumLength(InputLimits.Comment)
            .Must(BeAWebLink).WithMessage(r => $"'{r.Url}' is not a web link (http or https).");
        RuleFor(r => r.WhatItShows).MaximumLength(InputLimits.Text);
    }

    // Only http(s): javascript:, data: and file: links would run or reach things in a reader's browser.
    private static bool BeAWebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

public sealed class AddLinkEvidenceHandler(QipDbContext db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddLinkEvidence, EvidenceDto>
{
    public async Task<EvidenceDto> Handle(AddLinkEvidence r, CancellationToken ct)
    {
        var rootCause = await db.LoadForChangeAsync(user, r.RootCauseId, ct);
        var evidence = Domain.Plans.Evidence.Link(rootCause.TrustId, rootCause.Id, r.Title, r.Url, r.WhatItShows ?? "", user.UserId ?? Guid.Empty, clock.GetUtcNow());
        return await db.AddEvidenceAsync(rootCause, evidence, ct);
    }
}
