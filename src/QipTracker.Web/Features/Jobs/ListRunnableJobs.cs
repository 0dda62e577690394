using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Jobs;

/// <summary>A job the person may run now, and how far it reaches: every trust (the SystemAdmin) or their own trust.</summary>
public sealed record RunnableJobDto(string Id, string Description, string Cron, bool ForEveryTrust);

/// <summary>
/// The jobs on Admin → Recurring jobs for this person: every job, across every trust, for the SystemAdmin; the
/// per-trust jobs, for their own trust, for a trust admin; none for anyone else.
/// </summary>
[AnySignedInUser]
public sealed record ListRunnableJobs : IRequest<IReadOnlyList<RunnableJobDto>>;

public sealed class ListRunnableJobsHandler(ICurrentUser user) : IRequestHandler<ListRunnableJobs, IReadOnlyList<RunnableJobDto>>
{
    public Task<IReadOnlyList<RunnableJobDto>> Handle(ListRunnableJobs request, CancellationToken ct)
    {
        IReadOnlyList<RunnableJobDto> jobs =
            user.IsSystemAdmin ? JobCatalog.All.Select(j => new RunnableJobDto(j.Id, j.Description, j.Cron, ForEveryTrust: true)).ToList()
            : user.TrustId is not null && user.Roles.Contains(TrustRole.TrustAdmin)
                ? JobCatalog.All.Where(j => j.Scope == JobScope.PerTrust).Select(j => new RunnableJobDto(j.Id, j.Description, j.Cron, ForEveryTrust: false)).ToList()
            : [];
        return Task.FromResult(jobs);
    }
}
