using MediatR;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// POST /plan/import (a multipart form with the file as "file", ?dryRun=true to check only) and
/// GET /plan/export?format=xlsx|csv. Mapped onto the /api/v1 group, which already requires sign-in;
/// roles, row errors (400) and the rest come from the pipeline and ErrorResponses.
/// </summary>
public static class PlanImportEndpoints
{
    public static RouteGroupBuilder MapPlanImportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/plan/import", async (IFormFile file, bool? dryRun, IMediator mediator, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                return await mediator.Send(new ImportPlan(content, file.FileName, dryRun ?? false), ct);
            })
            .DisableAntiforgery() // an API call with a cookie or token, not a page's form post
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportResult>()
            .WithTags("Plan import and export");

        api.MapGet("/plan/export", async (string? format, IMediator mediator, CancellationToken ct) =>
            {
                var plan = await mediator.Send(new ExportPlan(format ?? "xlsx"), ct);
                return Results.File(plan.Content, plan.ContentType, plan.FileName);
            })
            .WithTags("Plan import and export");
        return api;
    }
}
