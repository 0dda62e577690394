using MediatR;
using QipTracker.Web.Api;

namespace QipTracker.Web.Features.Sprints;

/// <summary>/api/v1 endpoints for sprints: schedule, start, close, review, burndown PNG the owner's updates, and every update for a BI pull.</summary>
public static class SprintEndpoints
{
    public static RouteGroupBuilder MapSprintEndpoints(this RouteGroupBuilder api)
    {
        var isg = api.MapGroup("/isgs/{isgId:guid}/sprints").WithTags("Sprints");
        isg.MapPost("/schedule", (Guid isgId, ScheduleBody b, IMediator m, CancellationToken ct) => m.Send(new ScheduleSprints(isgId, b.FirstStart), ct));
        isg.MapGet("/review", (Guid isgId, Guid? sprintId, IMediator m, CancellationToken ct) => m.Send(new GetSprintReview(isgId, sprintId), ct));

        var sprint = api.MapGroup("/sprints/{id:guid}").WithTags("Sprints");
        sprint.MapPost("/start", (Guid id, VersionBody b, IMediator m, CancellationToken ct) => m.Send(new StartSprint(id, b.Version), ct));
        sprint.MapPost("/close", (Guid id, CloseSprintBody b, IMediator m, CancellationToken ct) => m.Send(new CloseSprint(id, b.Version, b.Reason), ct));
        sprint.MapGet("/burndown.png", async (Guid id, IMediator m, CancellationToken ct) => Results.File(await m.Send(new GetBurndownPng(id), ct), "image/png"));

        var updates = api.MapGroup("/sprint-updates").WithTags("Sprints");
        updates.MapGet("", (IMediator m, CancellationToken ct) => m.Send(new GetMySprintUpdates(), ct));
        updates.MapChangeList<ListAllSprintUpdates, SprintUpdateListItem>("/all");
        updates.MapPost("", (SubmitSprintUpdates request, IMediator m, CancellationToken ct) => m.Send(request, ct));
        return api;
    }
}

public sealed record ScheduleBody(DateOnly FirstStart);

/// <summary>The sprint's version as loaded, and why it closes before its last day (needed then).</summary>
public sealed record CloseSprintBody(long Version, string? Reason = null);
