using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Tests.Support;

/// <summary>A small real trust for HTTP tests: one user per role, an ISG, a finding and root causes.</summary>
public sealed record TestTrust(Guid TrustId, string Name, IReadOnlyDictionary<TrustRole, TestUser> Users,
    Guid IsgId, Guid FindingId, IReadOnlyList<Guid> RootCauseIds)
{
    public const string Password = "correct horse battery";

    public TestUser this[TrustRole role] => Users[role];

    public static async Task<TestTrust> CreateAsync(IServiceProvider services, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        var db = sp.GetRequiredService<QipDbContext>();
        var userManager = sp.GetRequiredService<UserManager<AppUser>>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow();

        var trust = new Trust(name, "R" + Random.Shared.Next(10, 99), TrustType.Acute, now);
        db.Trusts.Add(trust);
        var slug = new string(name.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        var users = new Dictionary<TrustRole, TestUser>();
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            var email = $"{role.ToString().ToLowerInvariant()}@{slug}.example";
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = $"{role} of {name}", CurrentTrustId = trust.Id, CreatedAt = now };
            var created = await userManager.CreateAsync(user, Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            db.Memberships.Add(new TrustMembership(trust.Id, user.Id, role));
            users[role] = new TestUser(user.Id, email, user.DisplayName);
        }

        var isg = new ImprovementSteeringGroup(trust.Id, "Unscheduled Care", ReportingCadence.Fortnightly);
        isg.Appoint(users[TrustRole.IsgChair].Id, users[TrustRole.AccountableExecutive].Id);
        var finding = new Finding(trust.Id, "MD-1", "The trust must ensure medicines are stored safely.", FindingKind.MustDo, isg.Id);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The plan has been running for months, so a report as at a past month counts it.
        var planStart = today.AddMonths(-6);
        finding.RecordAddedToPlan(planStart);
        var rootCauses = Enumerable.Range(1, 3).Select(i =>
        {
            var rc = new RootCause(trust.Id, $"RC-{i:000}", $"Root cause {i} of {name}", users[TrustRole.RootCauseOwner].Id, isg.Id, today.AddDays(i * 10 - 15));
            rc.RecordAddedToPlan(planStart);
            rc.Answer(finding);
            return rc;
        }).ToList();
        db.AddRange(isg, finding);
        db.RootCauses.AddRange(rootCauses);
        await db.SaveChangesAsync();
        return new TestTrust(trust.Id, name, users, isg.Id, finding.Id, rootCauses.Select(r => r.Id).ToList());
    }
}

public sealed record TestUser(Guid Id, string Email, string DisplayName);
