using MediatR;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// POST /plan/import (a multipart form with the file as "file"): ?dryRun=true previews only; ?previewKey=… applies
/// exactly that preview or nothing. 200 with the result (a preview or what was imported); 409 with the new preview
/// when the plan changed since the preview, or when the file changes existing findings and no preview was confirmed;
/// 400 with the row errors (and the preview of the other rows when only the plan made them wrong).
/// GET /plan/export?format=xlsx|csv. Mapped onto the /api/v1 group, which already requires sign-in;
/// roles, row errors and the rest come from the pipeline and ErrorResponses.
/// </summary>
public static class PlanImportEndpoints
{
    public static RouteGroupBuilder MapPlanImportEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/plan/import", async (IFormFile file, bool? dryRun, string? previewKey, IMediator mediator, CancellationToken ct) =>
            {
                await using var content = file.OpenReadStream();
                var result = await mediator.Send(new ImportPlan(content, file.FileName, dryRun ?? false, previewKey), ct);
                return result.Outcome is ImportOutcome.Preview or ImportOutcome.Applied ? Results.Ok(result) : Results.Conflict(result);
            })
            .DisableAntiforgery() // an API call with a cookie or token, not a page's form post
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportResult>()
            .Produces<ImportResult>(StatusCodes.Status409Conflict)
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
