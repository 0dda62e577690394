using MediatR;
using QipTracker.Domain.Escalations;
using QipTracker.Web.Api;

namespace QipTracker.Web.Features.Escalations;

/// <summary>/api/v1 endpoints of escalations: the filtered list, every escalation for a BI pull, and the owner's recovery plan.</summary>
public static class EscalationEndpoints
{
    public static RouteGroupBuilder MapEscalationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/escalations", (EscalationScope? scope, Guid? isgId, EscalationLevel? level, EscalatedItemKind? kind, EscalationReason? reason,
                bool? hasRecoveryPlan, int? page, int? pageSize, IMediator m, CancellationToken ct) =>
            m.Send(new ListEscalations(scope, isgId, level, kind, reason, hasRecoveryPlan, page ?? 1, pageSize ?? 25), ct)).WithTags("Escalations");
        api.MapChangeList<ListAllEscalations, EscalationListItem>("/escalations/all").WithTags("Escalations");
        api.MapPut("/escalations/{id:guid}/recovery-plan", (Guid id, RecoveryPlanBody b, IMediator m, CancellationToken ct) =>
            m.Send(new WriteRecoveryPlan(id, b.Plan, b.Version), ct)).WithTags("Escalations");
        return api;
    }
}

public sealed record RecoveryPlanBody(string Plan, long Version);
