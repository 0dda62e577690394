using System.Text;
using QipTracker.Bench.Data;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.Isgs;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Bench.Scenarios;

/// <summary>
/// The rows of the table, in its order: each main page's data as the page requests it on opening (the same
/// MediatR requests, in the same order, as the page's components send), the API reads, then the main writes.
/// </summary>
public static class ScenarioCatalog
{
    public const string Home = "home (owner: landing + agenda)";
    public const string MyWork = "my work (owner)";
    public const string IsgPage = "ISG page with sprint review (chair)";
    public const string Trajectory = "trajectory, all ISGs by month (PMO)";
    public const string Register = "register, filtered to in progress (PMO)";
    public const string RootCause = "root-cause detail (PMO)";
    public const string KpiChart = "KPI chart (PMO)";
    public const string KpiPng = "KPI chart PNG (API)";
    public const string SpcOneIsg = "SPC summary, one ISG (API)";
    public const string SpcAll = "SPC summary, all KPIs (API)";
    public const string Escalations = "escalations (PMO)";
    public const string Ecib = "ECIB pack (PMO)";
    public const string PullRootCauses = "BI pull: root causes, a page (API)";
    public const string PullActions = "BI pull: actions, a page (API)";
    public const string PullEvidence = "BI pull: evidence, a page (API)";
    public const string PullSprintUpdates = "BI pull: sprint updates, a page (API)";
    public const string PullEscalations = "BI pull: escalations, a page (API)";
    public const string StatusUpdate = "status update (owner)";
    public const string SprintUpdate = "sprint update submission (owner)";
    public const string EvidenceUpload = "evidence upload, 200 KB (owner)";

    public static IReadOnlyList<Scenario> Reads(BenchHost host, BenchTrust trust)
    {
        var pmo = trust.Pmo;
        Actor Owner(int client) => trust.Owners[client % trust.Owners.Count];
        (Actor Chair, Guid IsgId) Chair(int client) => trust.Chairs[client % trust.Chairs.Count];
        Guid Kpi(int client) => trust.Kpis[client % trust.Kpis.Count];
        return
        [
            new(Home, false, (c, lap) => lap.Time(async () =>
            {
                await host.Send(Owner(c), new GetLanding());
                await host.Send(Owner(c), new GetMyWork());
            })),
            new(MyWork, false, (c, lap) => lap.Time(() => host.Send(Owner(c), new GetMyWork()))),
            new(IsgPage, false, (c, lap) => lap.Time(async () =>
            {
                var (chair, isg) = Chair(c);
                await host.Send(chair, new GetIsgBoard(isg));
                await host.Send(chair, new GetSprintReview(isg));
                await host.Send(chair, new GetSpcSummary(isg));
                await host.Send(chair, new ListFlaggedForReopening(isg));
            })),
            new(Trajectory, false, (c, lap) => lap.Time(async () =>
            {
                await host.Send(pmo, new ListIsgs());
                await host.Send(pmo, new GetTrajectory());
            })),
            new(Register, false, (c, lap) => lap.Time(async () =>
            {
                await host.Send(pmo, new ListIsgs());
                await host.Send(pmo, new ListPeople());
                await host.Send(pmo, new SearchRegister(Status: RootCauseStatus.InProgress));
            })),
            new(RootCause, false, (c, lap) => lap.Time(async () =>
            {
                await host.Send(pmo, new GetRootCauseHeader(trust.Detail));
                await host.Send(pmo, new ListActions(trust.Detail));
            })),
            new(KpiChart, false, (c, lap) => lap.Time(() => host.Send(pmo, new GetKpiChart(Kpi(c))))),
            new(KpiPng, false, (c, lap) => lap.Time(() => host.Send(pmo, new GetKpiChartPng(Kpi(c))))),
            new(SpcOneIsg, false, (c, lap) => lap.Time(() => host.Send(pmo, new GetSpcSummary(Chair(c).IsgId)))),
            new(SpcAll, false, (c, lap) => lap.Time(() => host.Send(pmo, new GetSpcSummary()))),
            new(Escalations, false, (c, lap) => lap.Time(() => host.Send(pmo, new ListEscalations()))),
            new(Ecib, false, (c, lap) => lap.Time(async () =>
            {
                await host.Send(pmo, new GetEcibPack());
                await host.Send(pmo, new ListChangeRequests(Domain.ChangeControl.ChangeStatus.Approved));
                await host.Send(pmo, new ListChangeRequests(Domain.ChangeControl.ChangeStatus.Rejected));
                await host.Send(pmo, new ListRootCauseChoices(IncludeWithdrawn: true));
            })),
            new(PullRootCauses, false, (c, lap) => lap.Time(() => host.Send(pmo, new ListAllRootCauses()))),
            new(PullActions, false, (c, lap) => lap.Time(() => host.Send(pmo, new ListAllActions()))),
            new(PullEvidence, false, (c, lap) => lap.Time(() => host.Send(pmo, new ListAllEvidence()))),
            new(PullSprintUpdates, false, (c, lap) => lap.Time(() => host.Send(pmo, new ListAllSprintUpdates()))),
            new(PullEscalations, false, (c, lap) => lap.Time(() => host.Send(pmo, new ListAllEscalations()))),
        ];
    }

    /// <summary>The writes, each on live root causes spread over the clients; the versions a write needs are read untimed first.</summary>
    public static async Task<IReadOnlyList<Scenario>> WritesAsync(BenchHost host, BenchTrust trust)
    {
        var today = UkDate.DayOf(DateTimeOffset.UtcNow);
        var live = new ItemPool<(Guid Id, Guid OwnerId)>(trust.InProgress);
        var versions = new Dictionary<Guid, long>();
        var turnNumber = 0;

        // The active sprints' root causes, as their owners' sprint-update screens list them.
        var rows = new List<(Actor Owner, Guid RootCauseId)>();
        foreach (var owner in trust.Owners)
            rows.AddRange((await host.Send(owner, new GetMySprintUpdates())).Select(r => (owner, r.RootCauseId)));
        var inSprint = new ItemPool<(Actor Owner, Guid RootCauseId)>(rows);
        // A 200 KB PDF as the sniffer sees one: its header, a body, its end marker.
        var file = Encoding.ASCII.GetBytes("%PDF-1.4\n" + new string('x', 200 * 1024) + "\n%%EOF\n");

        return
        [
            new(StatusUpdate, true, (c, lap) => live.Use(c, async item =>
            {
                var owner = trust.Owner(item.OwnerId);
                long version;
                lock (versions)
                    if (!versions.TryGetValue(item.Id, out version)) version = -1;
                if (version < 0) version = (await host.Send(owner, new GetRootCause(item.Id))).Version;
                var forecast = today.AddDays(30 + Interlocked.Increment(ref turnNumber) % 20);
                var saved = await lap.Time(() => host.Send(owner, new ReportProgress(item.Id, forecast, OffTrack: false, version)));
                lock (versions) versions[item.Id] = saved.Version;
            })),
            new(SprintUpdate, true, (c, lap) => inSprint.Count == 0 ? throw new InvalidOperationException("No root cause is in an active sprint.") : inSprint.Use(c, async item =>
            {
                var row = (await host.Send(item.Owner, new GetMySprintUpdates())).Single(r => r.RootCauseId == item.RootCauseId);
                var sent = row.Seen with { Narrative = $"Update {Interlocked.Increment(ref turnNumber)}: on plan, audit booked." };
                await lap.Time(() => host.Send(item.Owner, new SubmitSprintUpdates([row.Submitting(sent)])));
            })),
            new(EvidenceUpload, true, (c, lap) => live.Use(c, item => lap.Time(() =>
                host.Send(trust.Owner(item.OwnerId), new UploadEvidenceFile(item.Id, "Ward audit results", "The audit after the change.", "audit.pdf", file.Length, new MemoryStream(file)))))),
        ];
    }
}
