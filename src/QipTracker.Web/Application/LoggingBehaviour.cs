using System.Diagnostics;
using MediatR;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Application;

/// <summary>One log line per request with who, which trust, the outcome and how long it took.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> log, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            log.LogInformation("{Request} by {User} in trust {Trust} took {Ms:F0} ms",
                typeof(TRequest).Name, user.UserId?.ToString() ?? "system", user.TrustId, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception e)
        {
            log.LogWarning("{Request} by {User} in trust {Trust} failed after {Ms:F0} ms: {Error}",
                typeof(TRequest).Name, user.UserId?.ToString() ?? "system", user.TrustId, Stopwatch.GetElapsedTime(started).TotalMilliseconds, e.Message);
            throw;
        }
    }
}
