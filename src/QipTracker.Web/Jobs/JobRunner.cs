using MediatR;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Jobs;

/// <summary>What Hangfire invokes: runs a catalogued job's request as the system, in the job's own DI scope.</summary>
public sealed class JobRunner(IMediator mediator, CurrentUser currentUser, ILogger<JobRunner> log)
{
    public async Task<string> RunAsync(string jobId)
    {
        var job = JobCatalog.Find(jobId) ?? throw new ArgumentException($"There is no job '{jobId}'.", nameof(jobId));
        currentUser.ActAsSystemEverywhere();
        var summary = await mediator.Send(job.Create());
        log.LogInformation("Job {Job}: {Summary}", job.Id, summary);
        return summary;
    }
}
