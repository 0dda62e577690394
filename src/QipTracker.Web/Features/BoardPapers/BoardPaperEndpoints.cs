using MediatR;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Board papers under /api/v1: the paper history and its files, and the month's draft and preview. Generating
/// takes LibreOffice several seconds and is done from the page, the monthly job or the board-paper verb.
/// </summary>
public static class BoardPaperEndpoints
{
    public static RouteGroupBuilder MapBoardPaperEndpoints(this RouteGroupBuilder api)
    {
        var papers = api.MapGroup("/board-papers").WithTags("Board papers");
        papers.MapGet("", (string? month, IMediator m, CancellationToken ct) => m.Send(new ListGeneratedPapers(Month(month)), ct));
        papers.MapGet("/{id:guid}/{format}", async (Guid id, string format, IMediator m, HttpContext http, CancellationToken ct) =>
        {
            // "docx", "pdf", "pptx" or "json", as the links and file names write them.
            if (!Enum.TryParse<PaperFormat>(format, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
                throw new Application.RequestValidationException(new Dictionary<string, string[]> { ["format"] = [$"'{format}' is not docx, pdf, pptx or json."] });
            var file = await m.Send(new DownloadPaper(id, kind), ct);
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        });
        papers.MapGet("/drafts/{month}", (string month, IMediator m, CancellationToken ct) => m.Send(new GetPaperDraft(Month(month)!.Value), ct));
        papers.MapPut("/drafts/{month}", (string month, PaperDraftBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SavePaperDraft(Month(month)!.Value, b.Fields, b.Version), ct));
        papers.MapGet("/drafts/{month}/preview", async (string month, IMediator m, CancellationToken ct) =>
            Results.Content(await m.Send(new PreviewPaper(Month(month)!.Value), ct), "text/html; charset=utf-8"));
        papers.MapGet("/partner-feedback", (string? month, IMediator m, CancellationToken ct) => m.Send(new ListPartnerFeedback(Month(month)), ct));
        papers.MapPost("/partner-feedback", (PartnerFeedbackBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SavePartnerFeedback(null, b.MeetingOn, b.From, b.Said, b.Response), ct));
        papers.MapPut("/partner-feedback/{id:guid}", (Guid id, PartnerFeedbackBody b, IMediator m, CancellationToken ct) =>
            m.Send(new SavePartnerFeedback(id, b.MeetingOn, b.From, b.Said, b.Response, b.Version), ct));
        return api;
    }

    public sealed record PartnerFeedbackBody(DateOnly MeetingOn, string From, string Said, string? Response, long? Version = null);

    public sealed record PaperDraftBody(PaperDraftFields Fields, long? Version);

    /// <summary>"2026-10" as the month's first day; anything else is a 400 naming the field.</summary>
    private static DateOnly? Month(string? text) =>
        text is null ? null
        : PaperMonth.TryParse(text, out var month) ? month
        : throw new Application.RequestValidationException(new Dictionary<string, string[]> { ["month"] = [$"'{text}' is not a month in the form yyyy-MM."] });
}
