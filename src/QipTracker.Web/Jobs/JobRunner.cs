using MediatR;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Jobs;

/// <summary>What Hangfire invokes: runs a job request as the system, in the job's own DI scope.</summary>
public sealed class JobRunner(IMediator mediator, CurrentUser currentUser, ILogger<JobRunner> log)
{
    public async Task<string> RunAsync<TJob>(TJob job) where TJob : IJobRequest
    {
        currentUser.ActAsSystemEverywhere();
        var summary = await mediator.Send(job);
        log.LogInformation("Job {Job}: {Summary}", typeof(TJob).Name, summary);
        return summary;
    }
}
