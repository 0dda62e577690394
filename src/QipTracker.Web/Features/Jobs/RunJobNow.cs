using MediatR;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Jobs;

/// <summary>
/// A platform admin runs a recurring job by hand across every trust, so only the SystemAdmin
/// may (a trust admin runs a per-trust job for their own trust with RunJobForMyTrust); the job runs as the
/// system in its own scope, exactly as Hangfire runs it.
/// </summary>
[SystemAdminOnly]
public sealed record RunJobNow(string JobId) : IRequest<string>;

public sealed class RunJobNowHandler(IServiceScopeFactory scopes, ILogger<RunJobNowHandler> log) : IRequestHandler<RunJobNow, string>
{
    public async Task<string> Handle(RunJobNow request, CancellationToken ct)
    {
        if (JobCatalog.Find(request.JobId) is null) throw new NotFoundException($"Job '{request.JobId}'");
        log.LogInformation("Job {Job} run by hand", request.JobId);
        await using var scope = scopes.CreateAsyncScope();
        // Not the request's token: a job started by hand runs to the end, as it would under Hangfire.
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(request.JobId, CancellationToken.None);
    }
}
