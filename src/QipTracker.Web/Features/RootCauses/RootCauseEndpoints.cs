using MediatR;
using QipTracker.Domain.Plans;
using QipTracker.Web.Api;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>/api/v1 endpoints of root causes: list them for a BI pull, create one, read it, its timeline and baselines, and move it on.</summary>
public static class RootCauseEndpoints
{
    public static RouteGroupBuilder MapRootCauseEndpoints(this RouteGroupBuilder api)
    {
        api.MapChangeList<ListAllRootCauses, RootCauseListItem>("/root-causes").WithTags("Root causes");
        api.MapPost("/root-causes", (CreateRootCause request, IMediator m, CancellationToken ct) => m.Send(request, ct)).WithTags("Root causes");

        var rc = api.MapGroup("/root-causes/{id:guid}").WithTags("Root causes");
        rc.MapGet("", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetRootCause(id), ct));
        rc.MapGet("/timeline", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetTimeline(id), ct));
        rc.MapGet("/baselines", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetBaselineHistory(id), ct));
        rc.MapPost("/progress", (Guid id, ProgressBody b, IMediator m, CancellationToken ct) => m.Send(new ReportProgress(id, b.ForecastDue, b.OffTrack, b.Version), ct));
        rc.MapPost("/complete", (Guid id, CompleteBody b, IMediator m, CancellationToken ct) => m.Send(new MarkCompleted(id, b.CompletedOn, b.Version), ct));
        rc.MapPost("/assure", (Guid id, VersionBody b, IMediator m, CancellationToken ct) => m.Send(new Assure(id, b.Version), ct));
        rc.MapPost("/send-back", (Guid id, CommentBody b, IMediator m, CancellationToken ct) => m.Send(new SendBack(id, b.Comment, b.Version), ct));
        rc.MapPost("/reopen", (Guid id, ReasonBody b, IMediator m, CancellationToken ct) => m.Send(new Reopen(id, b.Reason, b.Version), ct));
        rc.MapPost("/embed", (Guid id, VersionBody b, IMediator m, CancellationToken ct) => m.Send(new Embed(id, b.Version), ct));
        rc.MapPut("/sbar", (Guid id, SbarBody b, IMediator m, CancellationToken ct) => m.Send(new EditSbar(id, b.Sbar, b.Version), ct));
        return api;
    }
}

// Request bodies: the id comes from the route, the rest from JSON.
public sealed record ProgressBody(DateOnly ForecastDue, bool OffTrack, long Version);
public sealed record CompleteBody(DateOnly CompletedOn, long Version);
public sealed record CommentBody(string Comment, long Version);
public sealed record ReasonBody(string Reason, long Version);
public sealed record SbarBody(Sbar Sbar, long Version);
