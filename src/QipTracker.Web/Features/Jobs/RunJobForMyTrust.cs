using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Jobs;

/// <summary>
/// A trust admin runs one of the per-trust jobs by hand for their own trust only (e.g. the ECIB pack after a
/// correction). It runs as the system inside that trust, in its own scope, so it reaches no other trust's people
/// or records. Platform jobs (the email outbox) work for every trust at once and stay the SystemAdmin's.
/// </summary>
[RequiresRole(TrustRole.TrustAdmin)]
public sealed record RunJobForMyTrust(string JobId) : IRequest<string>;

public sealed class RunJobForMyTrustHandler(ICurrentUser user, IServiceScopeFactory scopes, ILogger<RunJobForMyTrustHandler> log)
    : IRequestHandler<RunJobForMyTrust, string>
{
    public async Task<string> Handle(RunJobForMyTrust request, CancellationToken ct)
    {
        var job = JobCatalog.Find(request.JobId) ?? throw new NotFoundException($"Job '{request.JobId}'");
        if (job.Scope != JobScope.PerTrust)
            throw new ForbiddenException($"'{job.Id}' works for every trust at once, so only the platform's system administrator runs it.");
        var trustId = user.TrustId!.Value;
        log.LogInformation("Job {Job} run by hand for trust {Trust} by {User}", job.Id, trustId, user.UserId);
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<JobRunner>().RunInTrustAsync(job.Id, trustId, ct);
    }
}
