using MediatR;
using QipTracker.Web.Features.People;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.Accounts;

/// <summary>/api/v1 endpoints of the system administrator over any account: subject access and erasure, by cookie only.</summary>
public static class AccountsEndpoints
{
    public static RouteGroupBuilder MapAccountsEndpoints(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/accounts/{userId:guid}").WithTags("Personal data").RequireCookieSession();
        accounts.MapGet("/personal-data", async (Guid userId, IMediator m, CancellationToken ct) =>
            PersonalDataDownload.Result(userId, await m.Send(new ExportAccountData(userId), ct)));
        accounts.MapPost("/erase", (Guid userId, IMediator m, CancellationToken ct) => m.Send(new EraseAccount(userId), ct));
        return api;
    }
}
