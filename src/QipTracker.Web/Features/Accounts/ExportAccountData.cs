using System.Text.Json.Nodes;
using MediatR;
using QipTracker.Web.Application;
using QipTracker.Web.Features.People;

namespace QipTracker.Web.Features.Accounts;

/// <summary>The system administrator downloads everything held about any person, in every trust (subject access), as JSON.</summary>
[SystemAdminOnly]
public sealed record ExportAccountData(Guid UserId) : ICommand<JsonObject>;

public sealed class ExportAccountDataHandler(PersonalDataAccess access) : IRequestHandler<ExportAccountData, JsonObject>
{
    public Task<JsonObject> Handle(ExportAccountData r, CancellationToken ct) => access.ExportAsync(r.UserId, null, ct);
}
