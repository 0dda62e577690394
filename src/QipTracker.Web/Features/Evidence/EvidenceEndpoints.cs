using MediatR;
using QipTracker.Web.Api;

namespace QipTracker.Web.Features.Evidence;

/// <summary>Evidence under /api/v1: thin endpoints that Send a request; access and tenancy are the pipeline's and the filters' job.</summary>
public static class EvidenceEndpoints
{
    public static RouteGroupBuilder MapEvidenceEndpoints(this RouteGroupBuilder api)
    {
        var rc = api.MapGroup("/root-causes/{id:guid}/evidence").WithTags("Evidence");
        rc.MapGet("", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListEvidence(id), ct));
        rc.MapPost("/note", async (Guid id, NoteEvidenceBody b, IMediator m, CancellationToken ct) =>
            Results.Created($"/api/v1/root-causes/{id}/evidence", await m.Send(new AddNoteEvidence(id, b.Title, b.WhatItShows), ct)));
        rc.MapPost("/link", async (Guid id, LinkEvidenceBody b, IMediator m, CancellationToken ct) =>
            Results.Created($"/api/v1/root-causes/{id}/evidence", await m.Send(new AddLinkEvidence(id, b.Title, b.Url, b.WhatItShows ?? ""), ct)));
        rc.MapPost("/file", EvidenceUploadEndpoint.PostAsync)
            .Accepts<FileEvidenceForm>("multipart/form-data")
            .Produces<EvidenceDto>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapChangeList<ListAllEvidence, EvidenceListItem>("/evidence").WithTags("Evidence");
        api.MapGet("/evidence/{id:guid}/download", async (Guid id, IMediator m, HttpContext http, CancellationToken ct) =>
        {
            var file = await m.Send(new DownloadEvidence(id), ct);
            // Always a download, never rendered in the app's origin: uploaded content is not trusted.
            http.Response.Headers.XContentTypeOptions = "nosniff";
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.File(file.Content, file.ContentType, file.FileName);
        }).WithTags("Evidence");
        return api;
    }
}
