using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Perimeter;

/// <summary>A per-trust job started inside one trust does its work there and nowhere else.</summary>
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
        Assert.Contains(letters, l => l.TrustId == mine.TrustId && l.DedupKey!.StartsWith("escalations:"));
        Assert.Contains(letters, l => l.TrustId == mine.TrustId && l.DedupKey!.StartsWith("ecib-pack:"));
        Assert.DoesNotContain(letters, l => l.TrustId == other.TrustId);
        var otherEscalations = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().Escalations.CountAsync(e => e.TrustId == other.TrustId));
        Assert.Equal(0, otherEscalations);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TrustJobScopeOnSqlite(SqliteApp app) : TrustJobScopeTests(app);
[Collection(OnPostgres.Name)]
public sealed class TrustJobScopeOnPostgres(PostgresApp app) : TrustJobScopeTests(app);
