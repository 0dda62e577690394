using MediatR;
using QipTracker.Domain.Plans;
using QipTracker.Web.Api;

namespace QipTracker.Web.Features.Actions;

/// <summary>/api/v1 endpoints of a root cause's actions: list, add, and move one on; every action for a BI pull.</summary>
public static class ActionEndpoints
{
    public static RouteGroupBuilder MapActionEndpoints(this RouteGroupBuilder api)
    {
        var rc = api.MapGroup("/root-causes/{id:guid}");
        rc.MapGet("/actions", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListActions(id), ct)).WithTags("Actions");
        rc.MapPost("/actions", async (Guid id, NewActionBody b, IMediator m, CancellationToken ct) =>
        {
            var action = await m.Send(new AddAction(id, b.Title, b.OwnerId, b.DueOn), ct);
            return Results.Created($"/api/v1/actions/{action.Id}", action);
        }).WithTags("Actions");
        api.MapChangeList<ListAllActions, ActionListItem>("/actions").WithTags("Actions");
        api.MapPatch("/actions/{id:guid}", (Guid id, ActionUpdateBody b, IMediator m, CancellationToken ct) =>
            m.Send(new UpdateAction(id, b.Status, b.ProgressNote, b.Version), ct)).WithTags("Actions");
        return api;
    }
}

public sealed record NewActionBody(string Title, Guid OwnerId, DateOnly DueOn);
public sealed record ActionUpdateBody(ActionStatus Status, string? ProgressNote, long Version);
