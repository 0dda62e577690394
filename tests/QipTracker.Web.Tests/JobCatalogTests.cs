using Hangfire;
using Hangfire.Storage;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Features.Jobs;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>Every catalogued job is scheduled in Hangfire on London time and can be run by hand from the admin page and the command line.</summary>
public abstract class JobCatalogTests(QipAppFactory app)
{
    [Fact]
    public void Every_job_is_a_recurring_hangfire_job_on_london_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        Assert.All(JobCatalog.All, job =>
        {
            Assert.True(recurring.TryGetValue(job.Id, out var scheduled), $"{job.Id} is not scheduled");
            Assert.Equal(job.Cron, scheduled!.Cron);
            Assert.Equal(Clock.London.Id, scheduled.TimeZoneId);
        });
        Assert.Equal(JobCatalog.All.Count, JobCatalog.All.Select(j => j.Id).Distinct().Count());
    }

    [Fact]
    public async Task Only_a_system_admin_runs_a_job_by_hand_and_the_verb_names_the_jobs_there_are()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Job {Guid.NewGuid():N}"[..11]);
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.TrustAdmin, new RunJobNow("ecib-pack")));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), null, [], isSystemAdmin: true);
            var summary = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunJobNow("ecib-pack"));
            Assert.StartsWith("ECIB pack for", summary);
            await Assert.ThrowsAsync<NotFoundException>(() => scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RunJobNow("no-such-job")));
        }

        await using var verbScope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<RunJobVerb>(verbScope.ServiceProvider);
        var output = new StringWriter();
        Assert.Equal(0, await verb.RunAsync(new VerbArguments(["--job", "sprint-rhythm"]), output, TextWriter.Null, default));
        Assert.Contains("sprints across", output.ToString());
        var refused = await Assert.ThrowsAsync<VerbUsageException>(() => verb.RunAsync(new VerbArguments(["--job", "nightly"]), TextWriter.Null, TextWriter.Null, default));
        Assert.Contains("sprint-rhythm", refused.Message);
    }
}

[Collection(OnSqlite.Name)]
public sealed class JobCatalogOnSqlite(SqliteApp app) : JobCatalogTests(app);
[Collection(OnPostgres.Name)]
public sealed class JobCatalogOnPostgres(PostgresApp app) : JobCatalogTests(app);
