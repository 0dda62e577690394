using MediatR;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Trajectory;

/// <summary>/api/v1 endpoints of the trajectory: its figures, and one series drawn as a PNG.</summary>
public static class TrajectoryEndpoints
{
    public static RouteGroupBuilder MapTrajectoryEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/trajectory", (DateOnly? asOf, Guid? isgId, bool? bySprint, IMediator m, CancellationToken ct) => m.Send(new GetTrajectory(asOf, isgId, bySprint ?? false), ct)).WithTags("Trajectory");
        api.MapGet("/trajectory/chart.png", async (Guid? isgId, PriorityClass? priority, DateOnly? asOf, bool? bySprint, IMediator m, CancellationToken ct) =>
            Results.File(await m.Send(new GetTrajectoryChart(isgId, priority, asOf, bySprint ?? false), ct), "image/png")).WithTags("Trajectory");
        return api;
    }
}
