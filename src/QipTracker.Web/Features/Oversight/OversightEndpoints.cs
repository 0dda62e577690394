using MediatR;
using QipTracker.Web.Features.BoardPapers;

namespace QipTracker.Web.Features.Oversight;

/// <summary>
/// The oversight view under /api/v1/oversight, for a person of an oversight organisation (signed in by cookie: an API
/// token carries a trust role, which they do not hold): the portfolio, a partner pack's files, and adding feedback.
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
        return api;
    }

    public sealed record FeedbackBody(DateOnly MeetingOn, string Said);
}
