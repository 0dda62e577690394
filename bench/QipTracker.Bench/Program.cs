using System.Diagnostics;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Features.Trajectory;

// The load and scale benchmark: seeds the demo trust (≈400 root causes) into a fresh database and
// times the requests people wait on, printing one table. Run:
//   dotnet run -c Release --project bench/QipTracker.Bench [-- --Database:Provider=Postgres --ConnectionStrings:Qip=...]
// Targets (p95, one user, demo-sized trust): landing < 100 ms, root-cause read < 50 ms,
// sprint update form and sprint review < 100 ms, ECIB pack < 200 ms, export < 1 s, whole-plan import < 5 s.
var data = Directory.CreateTempSubdirectory("qip-bench-").FullName;
var args2 = args.Length > 0 ? args : [$"--DataFolder={data}"];
var builder = Microsoft.AspNetCore.Builder.WebApplication.CreateBuilder(args2.Append("--Jobs:RunServer=false").Append("--Demo:Seed=false").Append("--Logging:LogLevel:Default=Warning").ToArray());
QipTracker.Web.Hosting.WebSetup.AddQip(builder);
var app = builder.Build();
await QipTracker.Web.Hosting.StartupTasks.PrepareDatabaseAsync(app);

var seedTime = Stopwatch.StartNew();
await using (var scope = app.Services.CreateAsyncScope())
{
    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
    await scope.ServiceProvider.GetRequiredService<DemoTrustSeeder>().SeedAsync();
}
seedTime.Stop();

Guid trustId, pmoId, ownerId, chairId, rootCauseId, isgId;
await using (var scope = app.Services.CreateAsyncScope())
{
    scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
    var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
    var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
    trustId = (await db.Trusts.SingleAsync()).Id;
    pmoId = (await users.FindByEmailAsync("pmo@northbridge.example"))!.Id;
    ownerId = (await users.FindByEmailAsync("owner@northbridge.example"))!.Id;
    chairId = (await users.FindByEmailAsync("chair@northbridge.example"))!.Id;
    rootCauseId = await db.RootCauses.Where(r => r.OwnerId == ownerId).Select(r => r.Id).FirstAsync();
    isgId = await db.Isgs.Where(i => i.ChairId == chairId).Select(i => i.Id).FirstAsync();
}

async Task<T> Send<T>(Guid userId, TrustRole role, IRequest<T> request)
{
    await using var scope = app.Services.CreateAsyncScope();
    scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(userId, trustId, [role], false);
    return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
}

var rows = new List<(string Name, double P50, double P95, double Max, long AllocatedKb)>();
async Task Measure(string name, int runs, Func<Task> work)
{
    await work(); // warm up: compile queries once
    var times = new List<double>();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    for (var i = 0; i < runs; i++)
    {
        var sw = Stopwatch.StartNew();
        await work();
        times.Add(sw.Elapsed.TotalMilliseconds);
    }
    allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs / 1024;
    times.Sort();
    rows.Add((name, times[times.Count / 2], times[(int)Math.Ceiling(times.Count * 0.95) - 1], times[^1], allocated));
}

byte[] exported = [];
var activeSprintId = (await Send(chairId, TrustRole.IsgChair, new GetSprintReview(isgId))).Sprint!.Id;
await Measure("landing page (owner)", 50, () => Send(ownerId, TrustRole.RootCauseOwner, new GetLanding()));
await Measure("landing page (PMO)", 50, () => Send(pmoId, TrustRole.Pmo, new GetLanding()));
await Measure("root cause detail", 50, () => Send(pmoId, TrustRole.Pmo, new GetRootCause(rootCauseId)));
await Measure("root cause timeline", 50, () => Send(pmoId, TrustRole.Pmo, new GetTimeline(rootCauseId)));
await Measure("owner's sprint update form", 50, () => Send(ownerId, TrustRole.RootCauseOwner, new GetMySprintUpdates()));
await Measure("sprint review (chair)", 50, () => Send(chairId, TrustRole.IsgChair, new GetSprintReview(isgId)));
await Measure("trajectory by sprint end", 20, () => Send(chairId, TrustRole.IsgChair, new GetTrajectory(null, isgId, BySprint: true)));
await Measure("ECIB pack", 20, () => Send(pmoId, TrustRole.Pmo, new GetEcibPack()));
await Measure("burndown PNG", 10, () => Send(chairId, TrustRole.IsgChair, new GetBurndownPng(activeSprintId)));
var lastMonth = new DateOnly(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1).AddMonths(-1);
await Measure("board paper draft (assembled)", 10, () => Send(pmoId, TrustRole.Pmo, new GetPaperDraft(lastMonth)));
await Measure("board paper HTML preview", 5, () => Send(pmoId, TrustRole.Pmo, new PreviewPaper(lastMonth)));
await Measure("SPC summary (board)", 20, () => Send(pmoId, TrustRole.Pmo, new GetSpcSummary()));
await Measure("export plan (xlsx)", 10, async () => exported = (await Send(pmoId, TrustRole.Pmo, new ExportPlan("xlsx"))).Content);
await Measure("re-import same plan (xlsx)", 5, () => Send(pmoId, TrustRole.Pmo, new ImportPlan(new MemoryStream(exported), "plan.xlsx", DryRun: false)));

Console.WriteLine($"QipTracker benchmark — {builder.Configuration["Database:Provider"] ?? "Sqlite"}, demo trust seeded in {seedTime.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"{"request",-28} {"p50 ms",8} {"p95 ms",8} {"max ms",8} {"alloc KB",9}");
foreach (var r in rows)
    Console.WriteLine($"{r.Name,-28} {r.P50,8:F1} {r.P95,8:F1} {r.Max,8:F1} {r.AllocatedKb,9}");
Console.WriteLine($"{"working set MB",-28} {Environment.WorkingSet / 1024 / 1024,8}");
try { Directory.Delete(data, recursive: true); } catch (IOException) { }
