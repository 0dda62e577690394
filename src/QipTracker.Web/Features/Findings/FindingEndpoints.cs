using MediatR;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Features.Findings;

/// <summary>/api/v1 endpoints of findings: the KLOEs, the findings, and the root causes that answer each.</summary>
public static class FindingEndpoints
{
    public static RouteGroupBuilder MapFindingEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/kloes", (IMediator m, CancellationToken ct) => m.Send(new ListKloes(), ct)).WithTags("Findings");
        api.MapGet("/findings", (Guid? isgId, FindingKind? kind, IMediator m, CancellationToken ct) => m.Send(new ListFindings(isgId, kind), ct)).WithTags("Findings");
        api.MapGet("/findings/{id:guid}", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFinding(id), ct)).WithTags("Findings");
        api.MapPost("/findings", (FindingFields fields, IMediator m, CancellationToken ct) => m.Send(new CreateFinding(fields), ct)).WithTags("Findings");
        api.MapGet("/findings/{id:guid}/root-causes", (Guid id, IMediator m, CancellationToken ct) => m.Send(new GetFindingLinks(id), ct)).WithTags("Findings");
        api.MapPost("/findings/{id:guid}/root-causes", (Guid id, RootCauseLinkBody b, IMediator m, CancellationToken ct) => m.Send(new LinkRootCause(id, b.RootCauseId, b.Version), ct)).WithTags("Findings");
        api.MapDelete("/findings/{id:guid}/root-causes/{rootCauseId:guid}", (Guid id, Guid rootCauseId, long version, IMediator m, CancellationToken ct) => m.Send(new UnlinkRootCause(id, rootCauseId, version), ct)).WithTags("Findings");
        api.MapPut("/findings/{id:guid}", (Guid id, FindingUpdateBody b, IMediator m, CancellationToken ct) => m.Send(new UpdateFinding(id, b.Fields, b.Version), ct)).WithTags("Findings");
        return api;
    }
}

public sealed record FindingUpdateBody(FindingFields Fields, long Version);

/// <summary>Links a root cause to a finding; the root cause's version as loaded, since its priority may change.</summary>
public sealed record RootCauseLinkBody(Guid RootCauseId, long Version);
