using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// What the matrix calls with: two trusts with every row a route names (ours and another), a SystemAdmin, and a
/// second person per role ("spare") for the calls that end a session, made once per running app; and one
/// client per principal and transport, signed in afresh by each test (other tests move the app's clock, and a
/// sign-in cookie lasts eight hours of it).
/// </summary>
public sealed class MatrixWorld
{
    private static readonly ConditionalWeakTable<QipAppFactory, Task<MatrixWorld>> Worlds = new();

    private readonly QipAppFactory _app;
    private readonly Dictionary<Principal, TestUser> _spares = new();

    public TestTrust Ours { get; private set; } = default!;
    public TestTrust Theirs { get; private set; } = default!;
    public TrustIds Mine { get; private set; } = default!;
    public TrustIds Other { get; private set; } = default!;
    public TestUser SystemAdmin { get; private set; } = default!;
    /// <summary>A person of an ICB that our trust (not theirs) has granted access.</summary>
    public TestUser Oversight { get; private set; } = default!;
    public Guid OversightOrganisationId { get; private set; }

    private MatrixWorld(QipAppFactory app) => _app = app;

    public static Task<MatrixWorld> Of(QipAppFactory app) => Worlds.GetValue(app, a => new MatrixWorld(a).BuildAsync());

    /// <summary>Every principal with each way of signing in; the SystemAdmin and an oversight user hold no trust role, so no token.</summary>
    public static IEnumerable<(Principal Principal, Transport Transport)> Callers =>
        from p in Principal.All
        from t in Enum.GetValues<Transport>()
        where !((p == Principal.SystemAdmin || p == Principal.Oversight) && t == Transport.Token)
        select (p, t);

    /// <summary>
    /// A client per principal and transport: a sign-in of each person, an API token of each role. Nobody's
    /// "token" is a revoked one: it must count for nothing.
    /// </summary>
    public async Task<IReadOnlyDictionary<(Principal, Transport), HttpClient>> SignInEveryoneAsync()
    {
        var clients = new Dictionary<(Principal, Transport), HttpClient>();
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            clients[(role, Transport.Cookie)] = await _app.SignedInAsync(Ours[role]);
            clients[(role, Transport.Token)] = Bearer((await _app.SendAs(Ours, role, new CreateApiToken($"matrix {role}", role))).Secret);
        }
        clients[(Principal.SystemAdmin, Transport.Cookie)] = await _app.SignedInAsync(SystemAdmin);
        clients[(Principal.Oversight, Transport.Cookie)] = await _app.SignedInAsync(Oversight);
        clients[(Principal.Anonymous, Transport.Cookie)] = _app.NewBrowser();
        var revoked = await _app.SendAs(Ours, TrustRole.Pmo, new CreateApiToken("revoked", TrustRole.Pmo));
        await _app.SendAs(Ours, TrustRole.Pmo, new RevokeApiToken(revoked.Token.Id));
        clients[(Principal.Anonymous, Transport.Token)] = Bearer(revoked.Secret);
        return clients;
    }

    /// <summary>A new sign-in of the spare person with the principal's role, for a call that ends its session.</summary>
    public async Task<HttpClient> FreshSessionAsync(Principal principal) =>
        principal.IsAnonymous ? _app.NewBrowser() : await _app.SignedInAsync(_spares[principal]);

    /// <summary>
    /// The bare sign-in cookie, as a browser sends it with any page's request (no header a page of the app would
    /// add): of the principal's own person, or of the spare one for a call that might end the session.
    /// </summary>
    public async Task<HttpClient> BareSessionAsync(Principal principal, bool spare = false)
    {
        var browser = _app.NewBrowser();
        if (principal.IsAnonymous) return browser;
        var user = spare ? _spares[principal] : principal.Role is { } role ? Ours[role] : principal == Principal.Oversight ? Oversight : SystemAdmin;
        var signedIn = await browser.PostLoginAsync(user.Email, TestTrust.Password);
        if (signedIn.Headers.Location?.OriginalString != "/") throw new InvalidOperationException($"{user.Email} could not sign in: {signedIn.Headers.Location}");
        return browser;
    }

    private async Task<MatrixWorld> BuildAsync()
    {
        Ours = await TestTrust.CreateAsync(_app.Services, $"Mx {Guid.NewGuid():N}"[..10]);
        Theirs = await TestTrust.CreateAsync(_app.Services, $"Mx {Guid.NewGuid():N}"[..10]);
        SystemAdmin = await NewUserAsync($"sysadmin.{Guid.NewGuid():N}@platform.example", "Platform admin", systemAdmin: true);
        Mine = await IdsAsync(Ours);
        Other = await IdsAsync(Theirs);
        _spares[Principal.SystemAdmin] = await NewUserAsync($"sysadmin.{Guid.NewGuid():N}@platform.example", "Second platform admin", systemAdmin: true);

        (OversightOrganisationId, Oversight, _spares[Principal.Oversight]) = await OversightAsync();

        foreach (var role in Enum.GetValues<TrustRole>())
            _spares[role] = await NewUserAsync($"spare.{role.ToString().ToLowerInvariant()}.{Guid.NewGuid():N}@matrix.example", $"Second {role}",
                systemAdmin: false, (Ours.TrustId, role));
        return this;
    }

    // An ICB with two people, granted access by our trust only (owners' names hidden).
    private async Task<(Guid, TestUser, TestUser)> OversightAsync()
    {
        var organisation = new Domain.Oversight.OversightOrganisation($"Matrix ICB {Guid.NewGuid():N}"[..20], Domain.Oversight.OversightKind.Icb, DateTimeOffset.UtcNow);
        await _app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.OversightOrganisations.Add(organisation);
            db.OversightGrants.Add(new Domain.Oversight.OversightGrant(Ours.TrustId, organisation.Id, false, Ours[TrustRole.TrustAdmin].Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return 0;
        });
        var first = await NewUserAsync($"icb.{Guid.NewGuid():N}@icb.example", "Ida Commissioner", systemAdmin: false);
        var second = await NewUserAsync($"icb.{Guid.NewGuid():N}@icb.example", "Second commissioner", systemAdmin: false);
        await _app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.OversightMembers.AddRange(new Domain.Oversight.OversightMember(organisation.Id, first.Id, DateTimeOffset.UtcNow),
                new Domain.Oversight.OversightMember(organisation.Id, second.Id, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return 0;
        });
        return (organisation.Id, first, second);
    }

    private HttpClient Bearer(string secret)
    {
        var client = _app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private async Task<TestUser> NewUserAsync(string email, string name, bool systemAdmin, (Guid Trust, TrustRole Role)? membership = null)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, IsSystemAdmin = systemAdmin,
            CurrentTrustId = membership?.Trust, CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(user, TestTrust.Password);
        if (!created.Succeeded) throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
        if (membership is { } m)
        {
            var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
            db.Memberships.Add(new TrustMembership(m.Trust, user.Id, m.Role));
            await db.SaveChangesAsync();
        }
        return new TestUser(user.Id, email, name);
    }

    // The rows each call names, made as the system so every role finds them in place. Only additions: the
    // other trust's audit trail must show nothing but "created" after every cross-trust call.
    private async Task<TrustIds> IdsAsync(TestTrust trust)
    {
        var spareTokens = new Dictionary<TrustRole, Guid>();
        foreach (var role in Enum.GetValues<TrustRole>())
            spareTokens[role] = (await _app.SendAs(trust, role, new CreateApiToken("spare", role))).Token.Id;

        return await _app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var store = sp.GetRequiredService<IFileStore>();
            var owner = trust[TrustRole.RootCauseOwner].Id;
            var rootCause = trust.RootCauseIds[0];
            var action = new ImprovementAction(trust.TrustId, rootCause, "Weekly fridge audit", owner, new DateOnly(2026, 12, 1));
            var pdf = await store.SaveAsync(trust.TrustId, new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
            var evidence = Domain.Plans.Evidence.File(trust.TrustId, rootCause, "Audit", "audit.pdf", "application/pdf", pdf.SizeBytes, pdf.Key, "Checks done",
                owner, DateTimeOffset.UtcNow);
            var change = Domain.ChangeControl.ChangeRequest.Withdrawal(trust.TrustId, rootCause, "Duplicate", trust[TrustRole.Pmo].Id, DateTimeOffset.UtcNow);
            var rc = await db.RootCauses.SingleAsync(r => r.Id == rootCause);
            var escalation = new Domain.Escalations.Escalation(trust.TrustId, Domain.Escalations.EscalationSubject.Of(rc),
                Domain.Escalations.EscalationLevel.Owner, rc.BaselineDue.AddDays(1));
            // A planned sprint far ahead: starting or closing it is refused by the rules (422), never by access.
            var sprint = new Domain.Sprints.Sprint(trust.TrustId, trust.IsgId,
                new Domain.Sprints.SprintPeriod(1, new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 20)));
            // A generated paper with stand-in files: the matrix is about access, not about LibreOffice.
            var docx = await store.SaveAsync(trust.TrustId, new MemoryStream("PK"u8.ToArray()));
            var paperPdf = await store.SaveAsync(trust.TrustId, new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
            var paper = new Domain.BoardPapers.GeneratedPaper(trust.TrustId, new DateOnly(2026, 10, 1), Domain.BoardPapers.GeneratedPaperKind.BoardPaper,
                DateTimeOffset.UtcNow, null, "{}", docx.Key, docx.SizeBytes, paperPdf.Key, paperPdf.SizeBytes);
            // A root-cause KPI the owner owns, so the owner may enter its values; its code and name are this trust's own.
            var code = $"MX-{trust.TrustId:N}"[..9].ToUpperInvariant();
            var kpi = new Domain.Kpis.Kpi(trust.TrustId, code, $"Fridge checks at {trust.Name}", Domain.Kpis.KpiKind.RootCause,
                Domain.Kpis.ImprovementDirection.Increase, Domain.Kpis.KpiFrequency.Monthly);
            kpi.Assign(owner, Domain.Kpis.DataQuality.Sufficient);
            var pack = new Domain.BoardPapers.GeneratedPaper(trust.TrustId, new DateOnly(2026, 10, 1), Domain.BoardPapers.GeneratedPaperKind.PartnerPack,
                DateTimeOffset.UtcNow, null, "{}", docx.Key, docx.SizeBytes, paperPdf.Key, paperPdf.SizeBytes);
            var inspection = new Domain.Plans.Inspection(trust.TrustId, $"Inspection of {trust.Name}", new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 4));
            var criterion = new Domain.Oversight.ExitCriterion(trust.TrustId, "Maternity rated Good", new DateOnly(2026, 1, 10), Domain.Oversight.ExitCriterionStatus.NotMet, null);
            // A grant to an organisation nobody signs in as: the matrix revokes it (then 422, already revoked), never the matrix ICB's.
            var bystander = new Domain.Oversight.OversightOrganisation($"Bystander {Guid.NewGuid():N}"[..20], Domain.Oversight.OversightKind.Cqc, DateTimeOffset.UtcNow);
            db.OversightOrganisations.Add(bystander);
            await db.SaveChangesAsync();
            var grant = new Domain.Oversight.OversightGrant(trust.TrustId, bystander.Id, false, trust[TrustRole.TrustAdmin].Id, DateTimeOffset.UtcNow);
            db.AddRange(action, evidence, change, escalation, sprint, paper, pack, kpi, inspection, criterion, grant);
            await db.SaveChangesAsync();
            return new TrustIds(trust.TrustId, trust.Name, rootCause, trust.FindingId, trust.IsgId, action.Id, evidence.Id, change.Id, owner,
                escalation.Id, sprint.Id, paper.Id, kpi.Id, code, spareTokens, inspection.Id, trust[TrustRole.TrustAdmin].Id, SystemAdmin.Id, pack.Id,
                criterion.Id, grant.Id);
        });
    }
}
