using MediatR;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Jobs;

/// <summary>What Hangfire invokes: runs a catalogued job's request as the system, in the job's own DI scope.</summary>
public sealed class JobRunner(IMediator mediator, CurrentUser currentUser, ILogger<JobRunner> log)
{
    private static readonly AsyncLocal<string?> RunningJob = new();

    /// <summary>The catalogued job this async flow is running, if any (read by <see cref="TestOnlyCommitPause"/>).</summary>
    public static string? Running => RunningJob.Value;

    /// <summary>The job for every trust, as its schedule runs it. Hangfire passes a token that ends when the server shuts down.</summary>
    public async Task<string> RunAsync(string jobId, CancellationToken ct = default)
    {
        var job = Find(jobId);
        RunningJob.Value = job.Id;
        currentUser.ActAsSystemEverywhere();
        var summary = await mediator.Send(job.Create(), ct);
        log.LogInformation("Job {Job}: {Summary}", job.Id, summary);
        return summary;
    }

    /// <summary>A per-trust job for one trust only: the system acts inside that trust, and TrustByTrust keeps the work there.</summary>
    public async Task<string> RunInTrustAsync(string jobId, Guid trustId, CancellationToken ct = default)
    {
        var job = Find(jobId);
        if (job.Scope != JobScope.PerTrust) throw new InvalidOperationException($"Job '{job.Id}' works for every trust at once; it cannot run for one.");
        RunningJob.Value = job.Id;
        currentUser.ActAsSystemIn(trustId);
        var summary = await mediator.Send(job.Create(), ct);
        log.LogInformation("Job {Job} for trust {Trust}: {Summary}", job.Id, trustId, summary);
        return summary;
    }

    private static JobDefinition Find(string jobId) =>
        JobCatalog.Find(jobId) ?? throw new ArgumentException($"There is no job '{jobId}'.", nameof(jobId));
}
