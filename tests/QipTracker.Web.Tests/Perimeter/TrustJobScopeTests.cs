using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>
/// A per-trust job started inside one trust does its work there and nowhere else, so a trust admin may run their
/// own trust's jobs by hand (Admin → Recurring jobs) while platform jobs stay the system administrator's.
/// </summary>
public abstract class TrustJobScopeTests(QipAppFactory app)
{
    [Fact]
    public async Task A_job_started_inside_one_trust_emails_nobody_in_another_trust()
    {
        var mine = await TestTrust.CreateAsync(app.Services, $"Js {Guid.NewGuid():N}"[..10]);
        var other = await TestTrust.CreateAsync(app.Services, $"Js {Guid.NewGuid():N}"[..10]);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemIn(mine.TrustId);
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Send(new RaiseEscalations());
            await mediator.Send(new SendEcibPack());
        }

        var letters = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Where(o => o.TrustId == mine.TrustId || o.TrustId == other.TrustId).Select(o => new { o.TrustId, o.DedupKey }).ToListAsync());
        Assert.Contains(letters, l => l.TrustId == mine.TrustId && l.DedupKey!.StartsWith("escalations:", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.TrustId == mine.TrustId && l.DedupKey!.StartsWith("ecib-pack:", StringComparison.Ordinal));
        Assert.DoesNotContain(letters, l => l.TrustId == other.TrustId);
        var otherEscalations = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Escalations.CountAsync(e => e.TrustId == other.TrustId));
        Assert.Equal(0, otherEscalations);
    }

    [Fact]
    public async Task A_trust_admins_run_now_touches_only_their_own_trust()
    {
        var mine = await TestTrust.CreateAsync(app.Services, $"Ja {Guid.NewGuid():N}"[..10]);
        var other = await TestTrust.CreateAsync(app.Services, $"Ja {Guid.NewGuid():N}"[..10]);

        var escalated = await app.SendAs(mine, TrustRole.TrustAdmin, new RunJobForMyTrust("overdue-escalation"));
        var packed = await app.SendAs(mine, TrustRole.TrustAdmin, new RunJobForMyTrust("ecib-pack"));
        Assert.EndsWith("across 1 trusts", escalated);
        Assert.EndsWith("across 1 trusts", packed);

        var letters = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Where(o => o.TrustId == mine.TrustId || o.TrustId == other.TrustId).Select(o => new { o.TrustId, o.ToAddress, o.DedupKey }).ToListAsync());
        Assert.Contains(letters, l => l.ToAddress == mine[TrustRole.AccountableExecutive].Email && l.DedupKey!.StartsWith("ecib-pack:", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.ToAddress == mine[TrustRole.RootCauseOwner].Email && l.DedupKey!.StartsWith("escalations:", StringComparison.Ordinal));
        var otherPeople = other.Users.Values.Select(u => u.Email).ToHashSet();
        Assert.DoesNotContain(letters, l => l.TrustId == other.TrustId || otherPeople.Contains(l.ToAddress));
    }

    [Fact]
    public async Task Platform_jobs_and_other_roles_are_refused_and_each_admin_sees_what_they_may_run()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Jr {Guid.NewGuid():N}"[..10]);
        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.TrustAdmin, new RunJobForMyTrust("email-outbox")));
        Assert.Contains("system administrator", refused.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.TrustAdmin, new RunJobNow("ecib-pack")));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.Pmo, new RunJobForMyTrust("ecib-pack")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(trust, TrustRole.TrustAdmin, new RunJobForMyTrust("no-such-job")));

        var trustAdmin = await app.SendAs(trust, TrustRole.TrustAdmin, new ListRunnableJobs());
        Assert.Equal(["board-paper", "ecib-pack", "overdue-escalation", "sprint-rhythm"], trustAdmin.Select(j => j.Id).Order());
        Assert.All(trustAdmin, j => Assert.False(j.ForEveryTrust));
        Assert.Empty(await app.SendAs(trust, TrustRole.Pmo, new ListRunnableJobs()));

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), null, [], isSystemAdmin: true);
        var systemAdmin = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new ListRunnableJobs());
        Assert.Equal(Jobs.JobCatalog.All.Count, systemAdmin.Count);
        Assert.All(systemAdmin, j => Assert.True(j.ForEveryTrust));
    }
}

[Collection(OnSqlite.Name)]
public sealed class TrustJobScopeOnSqlite(SqliteApp app) : TrustJobScopeTests(app);
[Collection(OnPostgres.Name)]
public sealed class TrustJobScopeOnPostgres(PostgresApp app) : TrustJobScopeTests(app);
