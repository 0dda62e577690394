using System.Text.Json.Nodes;
using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.People;

/// <summary>A trust admin downloads everything this trust holds about one of its people (subject access), as JSON.</summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record ExportPersonData(Guid UserId) : ICommand<JsonObject>;

public sealed class ExportPersonDataHandler(PersonalDataAccess access, ICurrentUser current) : IRequestHandler<ExportPersonData, JsonObject>
{
    public Task<JsonObject> Handle(ExportPersonData r, CancellationToken ct) =>
        access.ExportAsync(r.UserId, current.TrustId ?? throw new ForbiddenException("Choose a trust first."), ct);
}
