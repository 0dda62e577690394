using System.Diagnostics;
using MediatR;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Application;

/// <summary>
/// One structured log line per request: who, which trust, the outcome and how long it took. It is the
/// outermost step, so refused (403) and invalid (400) requests are logged too; an answer the caller
/// is meant to get (a <see cref="Failure"/>) is a warning without a stack trace, anything
/// else an error with its exception.
/// </summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> log, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var who = user.UserId?.ToString() ?? "system";
        try
        {
            var response = await next();
            log.LogInformation("{Request} by {User} in trust {Trust} succeeded in {ElapsedMs:F0} ms",
                typeof(TRequest).Name, who, user.TrustId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e) when (Outcome(e) is { } outcome)
        {
            log.LogWarning("{Request} by {User} in trust {Trust} was {Outcome} after {ElapsedMs:F0} ms: {Reason}",
                typeof(TRequest).Name, who, user.TrustId, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.Message);
            throw;
        }
        catch (Exception e)
        {
            log.LogError(e, "{Request} by {User} in trust {Trust} failed after {ElapsedMs:F0} ms",
                typeof(TRequest).Name, who, user.TrustId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    private static string? Outcome(Exception e) => e is OperationCanceledException ? "cancelled" : Failures.Of(e) switch
    {
        Failure.Invalid => "invalid",
        Failure.Refused => "refused",
        Failure.NotFound => "not found",
        Failure.Conflict => "in conflict",
        Failure.AgainstTheRules => "against the plan's rules",
        Failure.Unavailable => "unavailable",
        _ => null,
    };
}
