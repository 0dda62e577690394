using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Web.Application;

namespace QipTracker.Web.Hosting;

/// <summary>Maps the app's exceptions to problem responses once, so every endpoint answers alike.</summary>
public sealed class ErrorResponses(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, title) = Failures.Of(exception) switch
        {
            Failure.Invalid => (StatusCodes.Status400BadRequest, "The request is not valid"),
            Failure.AgainstTheRules => (StatusCodes.Status422UnprocessableEntity, "That is not allowed by the plan's rules"),
            Failure.NotFound => (StatusCodes.Status404NotFound, "Not found"),
            Failure.Refused => (StatusCodes.Status403Forbidden, "Not allowed for your role"),
            Failure.Conflict => (StatusCodes.Status409Conflict, "Someone else changed this record"),
            Failure.Unavailable => (StatusCodes.Status503ServiceUnavailable, "A service the app needs could not do its work"),
            _ => (0, ""),
        };
        if (status == 0) return false;

        http.Response.StatusCode = status;
        var outage = DatabaseOutage.Is(exception);
        if (outage) http.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var detail = exception is DbUpdateConcurrencyException
            ? "It was changed by someone else after you opened it. Reload it and apply your change again."
            : outage ? DatabaseOutage.SentenceFor(exception) : exception.Message;
        var context = new ProblemDetailsContext { HttpContext = http, Exception = exception };
        context.ProblemDetails.Status = status;
        context.ProblemDetails.Title = title;
        context.ProblemDetails.Detail = detail;
        if (exception is RequestValidationException validation)
        {
            context.ProblemDetails.Extensions["errors"] = validation.Errors;
            foreach (var (name, value) in validation.Details) context.ProblemDetails.Extensions[name] = value;
        }
        return await problems.TryWriteAsync(context);
    }
}
