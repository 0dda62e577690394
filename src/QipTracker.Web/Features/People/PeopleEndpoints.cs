using System.Text.Json.Nodes;
using MediatR;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.People;

/// <summary>
/// /api/v1 endpoints of a trust's people's personal data: subject access and erasure. Signed in by cookie only: these are
/// an administrator's acts on a person, never a BI feed's.
/// </summary>
public static class PeopleEndpoints
{
    public static RouteGroupBuilder MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people/{userId:guid}").WithTags("Personal data").RequireCookieSession();
        people.MapGet("/personal-data", async (Guid userId, IMediator m, CancellationToken ct) =>
            PersonalDataDownload.Result(userId, await m.Send(new ExportPersonData(userId), ct)));
        people.MapPost("/erase", (Guid userId, IMediator m, CancellationToken ct) => m.Send(new ErasePerson(userId), ct));
        return api;
    }
}

/// <summary>The JSON of a subject access request as a file to keep, named after the person's id.</summary>
public static class PersonalDataDownload
{
    public static IResult Result(Guid userId, JsonObject data) =>
        Results.File(System.Text.Encoding.UTF8.GetBytes(data.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })),
            "application/json", $"personal-data-{userId}.json");
}
