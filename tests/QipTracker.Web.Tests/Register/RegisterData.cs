using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Register;

/// <summary>Sends requests as a given person and adds plan rows for the register tests.</summary>
internal static class RegisterData
{
    public static DateOnly Today(this QipAppFactory app) => app.Clock.Today();

    public static Task<T> SendAs<T>(this QipAppFactory app, TestTrust trust, TrustRole role, IRequest<T> request) =>
        app.SendAs(trust[role].Id, trust.TrustId, [role], request);

    public static async Task<T> SendAs<T>(this QipAppFactory app, Guid userId, Guid trustId, TrustRole[] roles, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(userId, trustId, roles, false);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    /// <summary>Runs test set-up as the system, then saves.</summary>
    public static async Task<T> ArrangeAsync<T>(this QipAppFactory app, Func<QipDbContext, IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        var result = await work(db, scope.ServiceProvider);
        await db.SaveChangesAsync();
        return result;
    }

    public static Task<Guid> AddIsgAsync(this QipAppFactory app, TestTrust trust, string name, Guid? chairId = null) =>
        app.ArrangeAsync((db, _) =>
        {
            var isg = new ImprovementSteeringGroup(trust.TrustId, name, ReportingCadence.Fortnightly);
            isg.Appoint(chairId, trust[TrustRole.AccountableExecutive].Id);
            db.Isgs.Add(isg);
            return Task.FromResult(isg.Id);
        });

    /// <summary>A second person in the trust with the given role.</summary>
    public static Task<TestUser> AddPersonAsync(this QipAppFactory app, TestTrust trust, string name, TrustRole role) =>
        app.ArrangeAsync(async (db, sp) =>
        {
            var email = $"{Guid.NewGuid():N}@people.example";
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CurrentTrustId = trust.TrustId };
            var created = await sp.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestTrust.Password);
            if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            db.Memberships.Add(new TrustMembership(trust.TrustId, user.Id, role));
            return new TestUser(user.Id, email, name);
        });

    /// <summary>
    /// Adds root causes with exactly the given state. Fields are set through the change tracker,
    /// not the domain methods, so that any combination can be arranged (the RAG grid needs them all).
    /// </summary>
    public static Task<IReadOnlyList<Guid>> AddRootCausesAsync(this QipAppFactory app, TestTrust trust, IEnumerable<Shape> shapes) =>
        app.ArrangeAsync<IReadOnlyList<Guid>>((db, _) =>
        {
            var today = app.Today();
            var findings = new Dictionary<string, Finding>();
            var ids = new List<Guid>();
            foreach (var s in shapes)
            {
                var rc = new RootCause(trust.TrustId, s.Reference, s.Description ?? $"Root cause {s.Reference}",
                    s.OwnerId ?? trust[TrustRole.RootCauseOwner].Id, s.IsgId ?? trust.IsgId, today.AddDays(s.BaselineInDays));
                var findingRef = s.FindingReference ?? $"F-{s.Reference}";
                if (!findings.TryGetValue(findingRef, out var finding))
                {
                    finding = new Finding(trust.TrustId, findingRef, $"Finding {findingRef}", s.Kind, s.IsgId ?? trust.IsgId);
                    findings[findingRef] = finding;
                    db.Findings.Add(finding);
                }
                rc.Answer(finding);
                db.RootCauses.Add(rc);
                var entry = db.Entry(rc);
                entry.Property(r => r.ForecastDue).CurrentValue = today.AddDays(s.ForecastInDays ?? s.BaselineInDays);
                entry.Property(r => r.Status).CurrentValue = s.Status;
                entry.Property(r => r.ReportedOffTrack).CurrentValue = s.OffTrack;
                if (s.OffTrack) entry.Property(r => r.OffTrackSince).CurrentValue = today.AddDays(-3); // as reporting it records
                entry.Property(r => r.ReopenCount).CurrentValue = s.Reopened;
                entry.Property(r => r.KpiNotImproving).CurrentValue = s.KpiNotImproving;
                if (s.Status >= RootCauseStatus.Completed) entry.Property(r => r.CompletedOn).CurrentValue = today.AddDays(-1);
                if (s.Withdrawn) entry.Property(r => r.WithdrawnOn).CurrentValue = today.AddDays(-2);
                for (var i = 0; i < s.EvidenceNotes; i++)
                    rc.AddEvidence(Domain.Plans.Evidence.Note(trust.TrustId, rc.Id, $"Audit {i + 1}", "Shows the fix works", trust[TrustRole.RootCauseOwner].Id, app.Clock.GetUtcNow()));
                ids.Add(rc.Id);
            }
            return Task.FromResult<IReadOnlyList<Guid>>(ids);
        });

    public static Task<IReadOnlyList<Guid>> AddRootCausesAsync(this QipAppFactory app, TestTrust trust, params Shape[] shapes) =>
        app.AddRootCausesAsync(trust, shapes.AsEnumerable());

    public static Task<ImprovementAction> AddActionAsync(this QipAppFactory app, TestTrust trust, Guid rootCauseId, string title, Guid ownerId,
        int dueInDays, ActionStatus status = ActionStatus.NotStarted) =>
        app.ArrangeAsync((db, _) =>
        {
            var action = new ImprovementAction(trust.TrustId, rootCauseId, title, ownerId, app.Today().AddDays(dueInDays));
            if (status != ActionStatus.NotStarted) action.Update(status, null, app.Today());
            db.Actions.Add(action);
            return Task.FromResult(action);
        });

    /// <summary>
    /// A unique trust name in letters only: TestTrust builds e-mail addresses from a name's letters,
    /// so a name with digits could collide with another test's trust.
    /// </summary>
    public static string UniqueName(string prefix) =>
        prefix + " " + new string(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());
}

/// <summary>One root cause to arrange: dates are days from today.</summary>
internal sealed record Shape(string Reference, int BaselineInDays, int? ForecastInDays = null,
    RootCauseStatus Status = RootCauseStatus.InProgress, bool OffTrack = false, Guid? IsgId = null, Guid? OwnerId = null,
    FindingKind Kind = FindingKind.MustDo, string? FindingReference = null, string? Description = null, int EvidenceNotes = 0,
    int Reopened = 0, bool Withdrawn = false, bool KpiNotImproving = false);
