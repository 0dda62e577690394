using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Sprints;

/// <summary>
/// No default date ("1 Jan 0001", 0001-01-01) ever reaches a person: the demo trust's main pages for each role,
/// the API answers behind them, the plan export as CSV and XLSX, the board paper preview, and the emails the
/// daily jobs send (escalations, the ECIB pack, the chair's sprint summary) are read for one. The demo trust has
/// every state a date can be missing in: undelivered scope items, root causes not started, sprints not closed.
/// In an app of its own, so the shared apps' jobs do not walk the demo plan.
/// </summary>
public abstract partial class NoDefaultDateTests(DatabaseProvider provider)
{
    private const string Password = "demo password for dates 2026";

    [Fact]
    public async Task The_demo_trusts_pages_api_exports_paper_and_emails_show_no_default_date()
    {
        var app = new QipAppFactory(provider);
        app.Settings[DemoSeedOptions.PasswordKey] = Password;
        await ((IAsyncLifetime)app).InitializeAsync();
        try { await ReadEverything(app); }
        finally { await ((IAsyncLifetime)app).DisposeAsync(); }
    }

    private static async Task ReadEverything(QipAppFactory app)
    {
        DemoSeedResult seeded;
        await using (var scope = app.Services.CreateAsyncScope())
            seeded = await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
        var ids = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var trust = await db.Trusts.SingleAsync(t => t.Name == seeded.TrustName);
            var active = await db.Sprints.Where(s => s.TrustId == trust.Id && s.State == SprintState.Active).Select(s => s.Id).ToListAsync();
            // Every root cause in an active sprint, and a few in each status.
            var inSprint = await db.Set<SprintScopeItem>().Where(i => active.Contains(i.SprintId) && i.Kind == ScopeItemKind.RootCause).Select(i => i.ItemId).Distinct().ToListAsync();
            var byStatus = new List<Guid>();
            foreach (var status in Enum.GetValues<RootCauseStatus>())
                byStatus.AddRange(await db.RootCauses.Where(r => r.TrustId == trust.Id && r.Status == status).OrderBy(r => r.Reference).Select(r => r.Id).Take(3).ToListAsync());
            return new
            {
                Isgs = await db.Isgs.Where(i => i.TrustId == trust.Id).Select(i => i.Id).ToListAsync(),
                Sprints = await db.Sprints.Where(s => s.TrustId == trust.Id).Select(s => new { s.Id, s.IsgId }).ToListAsync(),
                Kpis = await db.Kpis.Where(k => k.TrustId == trust.Id).OrderBy(k => k.Code).Select(k => k.Id).Take(5).ToListAsync(),
                RootCauses = inSprint.Concat(byStatus).Distinct().ToList(),
            };
        });
        Assert.NotEmpty(ids.RootCauses);

        var seen = new List<(string Where, string Text)>();
        async Task Read(HttpClient client, string who, string path)
        {
            var response = await client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{who} {path}: {(int)response.StatusCode}");
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var xlsx = response.Content.Headers.ContentType?.MediaType?.Contains("spreadsheetml") == true;
            seen.Add(($"{who} {path}", xlsx ? XlsxText(bytes) : Encoding.UTF8.GetString(bytes)));
        }
        async Task<HttpClient> As(string role) => await app.SignedInAsync(new TestUser(Guid.Empty, $"{role}@{seeded.Logins[0].Email.Split('@')[1]}", role), Password);

        var owner = await As("owner");
        foreach (var path in new[] { "/", "/my-work", "/sprint-update", "/escalations", "/api/v1/sprint-updates", "/api/v1/escalations" })
            await Read(owner, "owner", path);

        var chair = await As("chair");
        foreach (var path in new[] { "/", "/register", "/escalations" }) await Read(chair, "chair", path);

        var pmo = await As("pmo");
        foreach (var path in new[] { "/", "/overview", "/register", "/trajectory", "/board-papers", "/kpis", "/api/v1/trajectory", "/api/v1/change-requests",
                     "/api/v1/plan/export?format=csv", "/api/v1/plan/export?format=xlsx", "/api/v1/board-papers/drafts/2026-10/preview" })
            await Read(pmo, "pmo", path);
        foreach (var isg in ids.Isgs) await Read(pmo, "pmo", $"/isgs/{isg}");
        foreach (var sprint in ids.Sprints) await Read(pmo, "pmo", $"/api/v1/isgs/{sprint.IsgId}/sprints/review?sprintId={sprint.Id}");
        foreach (var kpi in ids.Kpis) await Read(pmo, "pmo", $"/kpis/{kpi}");
        foreach (var rc in ids.RootCauses)
        {
            await Read(pmo, "pmo", $"/root-causes/{rc}");
            foreach (var part in new[] { "", "/timeline", "/baselines", "/actions" }) await Read(pmo, "pmo", $"/api/v1/root-causes/{rc}{part}");
        }

        var exec = await As("exec");
        foreach (var path in new[] { "/", "/ecib", "/overview", "/api/v1/ecib/pack" }) await Read(exec, "exec", path);
        var board = await As("board");
        foreach (var path in new[] { "/", "/register", "/trajectory" }) await Read(board, "board", path);

        // The emails the daily jobs write: escalations and the ECIB pack today; the chair's summaries once the sprints end.
        await RunJob(app, "overdue-escalation");
        await RunJob(app, "ecib-pack");
        app.Clock.Advance(TimeSpan.FromDays(32));
        await RunJob(app, "sprint-rhythm");
        var letters = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Select(o => new { o.DedupKey, o.Subject, o.TextBody, o.HtmlBody }).ToListAsync());
        Assert.Contains(letters, l => l.DedupKey!.StartsWith("sprint-closed:", StringComparison.Ordinal));
        Assert.Contains(letters, l => l.DedupKey!.StartsWith("escalations:", StringComparison.Ordinal));
        seen.AddRange(letters.Select(l => ($"email {l.DedupKey}", $"{l.Subject}\n{l.TextBody}\n{l.HtmlBody}")));

        // Where each was seen, with the first of each place quoted.
        var defaults = seen.Select(s => (s.Where, Found: DefaultDate().Matches(s.Text))).Where(s => s.Found.Count > 0)
            .Select(s => $"{s.Where}: {s.Found.Count}, e.g. …{Around(seen.First(x => x.Where == s.Where).Text, s.Found[0].Index)}…").ToList();
        Assert.True(defaults.Count == 0, $"Default dates shown in {defaults.Count} places:\n{string.Join("\n", defaults)}");
    }

    private static async Task RunJob(QipAppFactory app, string id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync(id);
    }

    /// <summary>The text of every part of the workbook (cells are shared strings or inline strings).</summary>
    private static string XlsxText(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook));
        var text = new StringBuilder();
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            text.AppendLine(reader.ReadToEnd());
        }
        return text.ToString();
    }

    private static string Around(string text, int index) => text.Substring(Math.Max(0, index - 60), Math.Min(120, text.Length - Math.Max(0, index - 60)));

    /// <summary>Year one however it is written: ISO, UK numeric, or with the month in words.</summary>
    [GeneratedRegex(@"0001-01-01|\b0?1/0?1/0001\b|\bJan(uary)? 0001\b")]
    private static partial Regex DefaultDate();
}

// In the shared apps' collections so that this app never starts alongside that collection's own.
[Collection(OnSqlite.Name)]
public sealed class NoDefaultDateOnSqlite() : NoDefaultDateTests(DatabaseProvider.Sqlite);
[Collection(OnPostgres.Name)]
public sealed class NoDefaultDateOnPostgres() : NoDefaultDateTests(DatabaseProvider.Postgres);
