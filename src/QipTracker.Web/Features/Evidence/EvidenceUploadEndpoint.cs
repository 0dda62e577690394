using MediatR;
using Microsoft.AspNetCore.Http.Features;
using QipTracker.Infrastructure.Files;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Evidence;

/// <summary>
/// POST /root-causes/{id}/evidence/file. The form is read here rather than bound, so that an
/// over-limit upload gets a 413 saying what the limit is instead of the framework's bare status;
/// the size and type of the file itself are then checked by the request handler.
/// </summary>
internal static class EvidenceUploadEndpoint
{
    // Room for the multipart boundaries and the title and note fields around the file.
    private const long FormOverheadBytes = 256 * 1024;

    public static async Task<IResult> PostAsync(Guid id, HttpContext http, IMediator mediator, EvidenceFileOptions files, CancellationToken ct)
    {
        var request = http.Request;
        var limit = files.MaxBytes + FormOverheadBytes;
        if (request.ContentLength > limit) return TooLarge(files, request.ContentLength);
        if (!request.HasFormContentType)
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the file as a form",
                detail: "Upload evidence as multipart/form-data with the fields 'file', 'title' and 'whatItShows'.");

        // Per request, so that Kestrel's default cap (about 28.6 MB) neither undercuts a larger configured limit nor lets more through.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize) bodySize.MaxRequestBodySize = limit;
        http.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions { MultipartBodyLengthLimit = limit }));

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(files, null);
        }
        catch (InvalidDataException e) when (e.Message.Contains("length limit", StringComparison.OrdinalIgnoreCase))
        {
            return TooLarge(files, null); // a body sent without a length, found too long while reading
        }
        catch (InvalidDataException e)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The upload could not be read", detail: e.Message);
        }

        var file = form.Files.GetFile("file")
                   ?? throw new RequestValidationException(new Dictionary<string, string[]> { ["file"] = ["Choose a file to upload (form field 'file')."] });
        await using var content = file.OpenReadStream();
        var evidence = await mediator.Send(new UploadEvidenceFile(id, form["title"].ToString(), form["whatItShows"].ToString(),
            file.FileName, file.Length, content), ct);
        return Results.Created($"/api/v1/root-causes/{id}/evidence", evidence);
    }

    private static IResult TooLarge(EvidenceFileOptions files, long? uploadBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large",
            detail: (uploadBytes is { } size ? $"The upload is {EvidenceFileOptions.Describe(size)}, " : "The upload is ")
                    + $"over the {EvidenceFileOptions.Describe(files.MaxBytes)} limit for an evidence file.");
}
