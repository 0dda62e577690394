using MediatR;
using QipTracker.Domain.ChangeControl;

namespace QipTracker.Web.Features.ChangeRequests;

/// <summary>/api/v1 endpoints of change control: a root cause's requests, asking for a change, the ECIB's list and decision.</summary>
public static class ChangeRequestEndpoints
{
    public static RouteGroupBuilder MapChangeRequestEndpoints(this RouteGroupBuilder api)
    {
        var rc = api.MapGroup("/root-causes/{id:guid}");
        rc.MapGet("/change-requests", (Guid id, IMediator m, CancellationToken ct) => m.Send(new ListChangeRequests(RootCauseId: id), ct)).WithTags("Change requests");
        rc.MapPost("/change-requests", async (Guid id, ChangeBody b, IMediator m, CancellationToken ct) =>
        {
            var change = await m.Send(new RequestChange(id, b.Kind, b.Reason, b.ProposedDue, b.ProposedOwnerId, b.ProposedIsgId, b.MergeRootCauseIds, b.SplitParts), ct);
            return Results.Created($"/api/v1/change-requests/{change.Id}", change);
        }).WithTags("Change requests");
        api.MapGet("/change-requests", (ChangeStatus? status, IMediator m, CancellationToken ct) => m.Send(new ListChangeRequests(status), ct)).WithTags("Change requests");
        api.MapPost("/change-requests/{id:guid}/decision", (Guid id, DecisionBody b, IMediator m, CancellationToken ct) =>
            m.Send(new DecideChange(id, b.Approve, b.Note, b.Version), ct)).WithTags("Change requests");
        return api;
    }
}

public sealed record ChangeBody(ChangeKind Kind, string Reason, DateOnly? ProposedDue, Guid? ProposedOwnerId, Guid? ProposedIsgId,
    IReadOnlyList<Guid>? MergeRootCauseIds, IReadOnlyList<SplitPart>? SplitParts);
public sealed record DecisionBody(bool Approve, string? Note, long Version);
