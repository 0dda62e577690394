using MediatR;
using QipTracker.Domain.Oversight;
using QipTracker.Web.Features.BoardPapers;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// The oversight view under /api/v1/oversight, for a person of an oversight organisation (signed in by cookie: an API
/// token carries a trust role, which they do not hold): the portfolio, a partner pack's files, and adding feedback.
/// The trust's side too: its admin's grants (/oversight-access) and the PMO's exit criteria (/exit-criteria).
/// </summary>
public static class OversightEndpoints
{
    public static RouteGroupBuilder MapOversightEndpoints(this RouteGroupBuilder api)
    {
        var oversight = api.MapGroup("/oversight").WithTags("Oversight");
        oversight.MapGet("/portfolio", (IMediator m, CancellationToken ct) => m.Send(new GetPortfolio(), ct));
        oversight.MapGet("/trusts/{trustId:guid}/partner-packs/{paperId:guid}/{format}",
            async (Guid trustId, Guid paperId, string format, IMediator m, HttpContext http, CancellationToken ct) =>
            {
                if (!Enum.TryParse<PaperFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                    throw new Application.RequestValidationException(new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not pdf, docx or pptx."] });
                var file = await m.Send(new DownloadPartnerPack(trustId, paperId, kind), ct);
                http.Response.Headers.XContentTypeOptions = "nosniff";
                http.Response.Headers.CacheControl = "private, no-store";
                return Results.File(file.Content, file.ContentType, file.FileName);
            });
        oversight.MapPost("/trusts/{trustId:guid}/feedback", (Guid trustId, FeedbackBody b, IMediator m, CancellationToken ct) =>
            m.Send(new AddOversightFeedback(trustId, b.MeetingOn, b.Said), ct));

        var access = api.MapGroup("/oversight-access").WithTags("Oversight");
        access.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListOversightGrants(), ct));
        access.MapPost("", (GrantOversight request, IMediator m, CancellationToken ct) => m.Send(request, ct));
        access.MapDelete("/{grantId:guid}", (Guid grantId, IMediator m, CancellationToken ct) => m.Send(new RevokeOversight(grantId), ct));

        var criteria = api.MapGroup("/exit-criteria").WithTags("Oversight");
        criteria.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new ListExitCriteria(), ct));
        criteria.MapPost("", (ExitCriterionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SaveExitCriterion(null, b.Text, b.AgreedOn, b.Status, b.EvidenceNote), ct));
        criteria.MapPut("/{id:guid}", (Guid id, ExitCriterionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SaveExitCriterion(id, b.Text, b.AgreedOn, b.Status, b.EvidenceNote, b.Version), ct));
        return api;
    }

    public sealed record FeedbackBody(DateOnly MeetingOn, string Said);

    /// <param name="Version">The version read, when changing a criterion; none when adding one.</param>
    public sealed record ExitCriterionBody(string Text, DateOnly AgreedOn, ExitCriterionStatus Status, string? EvidenceNote, long? Version);
}
