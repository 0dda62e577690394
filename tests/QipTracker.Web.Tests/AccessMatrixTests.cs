using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Tests.Support;
using static QipTracker.Domain.Trusts.TrustRole;

namespace QipTracker.Web.Tests;

/// <summary>
/// Every /api/v1 endpoint against every role (who may call it) and against another trust's ids
/// (nobody may reach them). The table must name every mapped endpoint, so a new one cannot be
/// added without saying who may use it.
/// </summary>
public abstract class AccessMatrixTests(QipAppFactory app)
{
    private static readonly TrustRole[] Everyone = Enum.GetValues<TrustRole>();
    private static readonly TrustRole[] Updaters = [RootCauseOwner, IsgChair, Pmo];
    private static readonly TrustRole[] Assurers = [IsgChair, Pmo];
    private static readonly TrustRole[] Readers = [Pmo, IsgChair, AccountableExecutive, BoardMember];

    /// <summary>One endpoint: how to call it for a trust's ids, and which roles may.</summary>
    private sealed record Endpoint(string Method, string Route, TrustRole[] Allowed, Func<Ids, HttpContent?>? Body, Func<Ids, string> Path);

    private sealed record Ids(Guid RootCause, Guid Finding, Guid Isg, Guid Action, Guid Evidence, Guid ChangeRequest, Guid Token, Guid Owner, Guid Escalation, Guid Sprint, Guid Paper, Guid Kpi);

    private static HttpContent Json(object o) => JsonContent.Create(o);

    private static readonly DateOnly Day = new(2026, 12, 1);

    private static readonly Endpoint[] Table =
    [
        new("GET", "/api/v1/trust", Everyone, null, _ => "/api/v1/trust"),
        new("GET", "/api/v1/isgs", Everyone, null, _ => "/api/v1/isgs"),
        new("GET", "/api/v1/trajectory", [Pmo, IsgChair, AccountableExecutive, BoardMember], null, _ => "/api/v1/trajectory?asOf=2026-11-30"),
        new("GET", "/api/v1/trajectory/chart.png", [Pmo, IsgChair, AccountableExecutive, BoardMember], null, i => $"/api/v1/trajectory/chart.png?isgId={i.Isg}&priority=MustDo&asOf=2026-11-30"),
        new("POST", "/api/v1/isgs", [Pmo], _ => Json(new { name = $"ISG {Guid.NewGuid():N}", cadence = "Monthly", memberIds = Array.Empty<Guid>() }), _ => "/api/v1/isgs"),
        new("PUT", "/api/v1/isgs/{id:guid}", [Pmo], _ => Json(new { name = $"ISG {Guid.NewGuid():N}", cadence = "Monthly", memberIds = Array.Empty<Guid>(), version = 0 }), i => $"/api/v1/isgs/{i.Isg}"),
        new("GET", "/api/v1/inspections", Everyone, null, _ => "/api/v1/inspections"),
        new("POST", "/api/v1/inspections", [Pmo], _ => Json(new { title = "Focused inspection", startedOn = Day, endedOn = Day, ratings = Array.Empty<object>(), notices = Array.Empty<object>() }), _ => "/api/v1/inspections"),
        new("GET", "/api/v1/kloes", Everyone, null, _ => "/api/v1/kloes"),
        new("GET", "/api/v1/findings", Everyone, null, _ => "/api/v1/findings"),
        new("GET", "/api/v1/findings/{id:guid}", Everyone, null, i => $"/api/v1/findings/{i.Finding}"),
        new("POST", "/api/v1/findings", [Pmo], i => Json(new { reference = $"SD-{Guid.NewGuid():N}"[..12], text = "Should ensure…", kind = "ShouldDo", isgId = i.Isg, safetyUrgent = false }), _ => "/api/v1/findings"),
        new("PUT", "/api/v1/findings/{id:guid}", [Pmo], i => Json(new { fields = new { reference = "MD-1", text = "The trust must…", kind = "MustDo", isgId = i.Isg, safetyUrgent = false }, version = 0 }), i => $"/api/v1/findings/{i.Finding}"),
        new("POST", "/api/v1/root-causes", [Pmo], i => Json(new { reference = $"RC-{Guid.NewGuid():N}"[..12], description = "New", ownerId = i.Owner, isgId = i.Isg, baselineDue = Day, findingIds = new[] { i.Finding } }), _ => "/api/v1/root-causes"),
        new("GET", "/api/v1/root-causes/{id:guid}", Everyone, null, i => $"/api/v1/root-causes/{i.RootCause}"),
        new("GET", "/api/v1/root-causes/{id:guid}/timeline", Everyone, null, i => $"/api/v1/root-causes/{i.RootCause}/timeline"),
        new("GET", "/api/v1/root-causes/{id:guid}/baselines", Everyone, null, i => $"/api/v1/root-causes/{i.RootCause}/baselines"),
        new("POST", "/api/v1/root-causes/{id:guid}/progress", Updaters, _ => Json(new { forecastDue = Day, offTrack = false, version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/progress"),
        new("POST", "/api/v1/root-causes/{id:guid}/complete", Updaters, _ => Json(new { completedOn = new DateOnly(2026, 11, 1), version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/complete"),
        new("POST", "/api/v1/root-causes/{id:guid}/assure", Assurers, _ => Json(new { version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/assure"),
        new("POST", "/api/v1/root-causes/{id:guid}/send-back", Assurers, _ => Json(new { comment = "Evidence is a draft", version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/send-back"),
        new("POST", "/api/v1/root-causes/{id:guid}/reopen", Assurers, _ => Json(new { reason = "KPI slipped", version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/reopen"),
        new("POST", "/api/v1/root-causes/{id:guid}/embed", Assurers, _ => Json(new { version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/embed"),
        new("PUT", "/api/v1/root-causes/{id:guid}/sbar", Updaters, _ => Json(new { sbar = new { situation = "S", background = "B", assessment = "A", recommendation = "R" }, version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/sbar"),
        new("GET", "/api/v1/root-causes/{id:guid}/actions", Everyone, null, i => $"/api/v1/root-causes/{i.RootCause}/actions"),
        new("POST", "/api/v1/root-causes/{id:guid}/actions", Updaters, i => Json(new { title = "Re-audit", ownerId = i.Owner, dueOn = Day }), i => $"/api/v1/root-causes/{i.RootCause}/actions"),
        new("PATCH", "/api/v1/actions/{id:guid}", Updaters, _ => Json(new { status = "InProgress", progressNote = "Started", version = 0 }), i => $"/api/v1/actions/{i.Action}"),
        new("GET", "/api/v1/root-causes/{id:guid}/change-requests", Everyone, null, i => $"/api/v1/root-causes/{i.RootCause}/change-requests"),
        new("POST", "/api/v1/root-causes/{id:guid}/change-requests", Updaters, _ => Json(new { kind = "NewDueDate", reason = "Delay", proposedDue = Day }), i => $"/api/v1/root-causes/{i.RootCause}/change-requests"),
        new("GET", "/api/v1/change-requests", Everyone, null, _ => "/api/v1/change-requests"),
        new("POST", "/api/v1/change-requests/{id:guid}/decision", [AccountableExecutive], _ => Json(new { approve = false, note = "Not now", version = 0 }), i => $"/api/v1/change-requests/{i.ChangeRequest}/decision"),
        new("GET", "/api/v1/root-causes/{id:guid}/evidence", Everyone, null, i => $"/api/v1/root-causes/{i.RootCause}/evidence"),
        new("POST", "/api/v1/root-causes/{id:guid}/evidence/note", Updaters, _ => Json(new { title = "Audit", whatItShows = "Checks done" }), i => $"/api/v1/root-causes/{i.RootCause}/evidence/note"),
        new("POST", "/api/v1/root-causes/{id:guid}/evidence/link", Updaters, _ => Json(new { title = "Audit", url = "https://intranet.example/audit", whatItShows = "Checks done" }), i => $"/api/v1/root-causes/{i.RootCause}/evidence/link"),
        new("POST", "/api/v1/root-causes/{id:guid}/evidence/file", Updaters, _ => PdfUpload(), i => $"/api/v1/root-causes/{i.RootCause}/evidence/file"),
        new("GET", "/api/v1/evidence/{id:guid}/download", Everyone, null, i => $"/api/v1/evidence/{i.Evidence}/download"),
        new("POST", "/api/v1/plan/import", [Pmo], _ => CsvUpload(), _ => "/api/v1/plan/import?dryRun=true"),
        new("GET", "/api/v1/plan/export", [Pmo, IsgChair, AccountableExecutive, BoardMember], null, _ => "/api/v1/plan/export?format=csv"),
        new("GET", "/api/v1/escalations", Everyone, null, _ => "/api/v1/escalations"),
        new("PUT", "/api/v1/escalations/{id:guid}/recovery-plan", [RootCauseOwner, Pmo], _ => Json(new { plan = "Extra clinics booked", version = 0 }), i => $"/api/v1/escalations/{i.Escalation}/recovery-plan"),
        new("PUT", "/api/v1/trust/escalation-thresholds", [TrustAdmin, Pmo], _ => Json(new { owner = 1, isgChair = 7, accountableExecutive = 14, ecib = 21 }), _ => "/api/v1/trust/escalation-thresholds"),
        new("POST", "/api/v1/isgs/{isgId:guid}/sprints/schedule", [Pmo], _ => Json(new { firstStart = "2027-01-04" }), i => $"/api/v1/isgs/{i.Isg}/sprints/schedule"),
        new("GET", "/api/v1/isgs/{isgId:guid}/sprints/review", [IsgChair, Pmo, AccountableExecutive], null, i => $"/api/v1/isgs/{i.Isg}/sprints/review"),
        new("POST", "/api/v1/sprints/{id:guid}/start", Assurers, _ => Json(new { version = 0 }), i => $"/api/v1/sprints/{i.Sprint}/start"),
        new("POST", "/api/v1/sprints/{id:guid}/close", Assurers, _ => Json(new { version = 0 }), i => $"/api/v1/sprints/{i.Sprint}/close"),
        new("GET", "/api/v1/sprints/{id:guid}/burndown.png", [IsgChair, Pmo, AccountableExecutive, BoardMember], null, i => $"/api/v1/sprints/{i.Sprint}/burndown.png"),
        new("GET", "/api/v1/sprint-updates", [RootCauseOwner], null, _ => "/api/v1/sprint-updates"),
        new("POST", "/api/v1/sprint-updates", [RootCauseOwner], i => Json(new { items = new[] { new { sprintId = i.Sprint, rootCauseId = i.RootCause,
            status = "InProgress", narrative = "Audit booked", forecastDue = "2027-06-30", offTrack = false } } }), _ => "/api/v1/sprint-updates"),
        new("GET", "/api/v1/ecib/pack", [AccountableExecutive, Pmo, BoardMember], null, _ => "/api/v1/ecib/pack"),
        new("POST", "/api/v1/spc/analyse", Everyone, _ => Json(new { direction = "increase", points = new[] { new { period = "2024-01", value = 1 }, new { period = "2024-02", value = 2 } } }), _ => "/api/v1/spc/analyse"),
        new("GET", "/api/v1/board-papers", [Pmo, IsgChair, AccountableExecutive, BoardMember], null, _ => "/api/v1/board-papers?month=2026-10"),
        new("GET", "/api/v1/board-papers/{id:guid}/{format}", [Pmo, IsgChair, AccountableExecutive, BoardMember], null, i => $"/api/v1/board-papers/{i.Paper}/docx"),
        new("GET", "/api/v1/board-papers/drafts/{month}", [Pmo], null, _ => "/api/v1/board-papers/drafts/2026-10"),
        new("PUT", "/api/v1/board-papers/drafts/{month}", [Pmo], _ => Json(new { fields = new { meeting = "Trust Board", paperTitle = "QIP report", meetingDate = "2026-11-05",
            responsibleDirector = "", author = "", executiveSummary = "", boardAskedTo = "Note", linkedCqcDomains = Array.Empty<string>(), strategicObjectives = Array.Empty<string>(),
            bafRisks = Array.Empty<string>(), equalityImpact = "", foiStatus = "", recommendation = "", isgCommentaries = Array.Empty<object>() } }), _ => "/api/v1/board-papers/drafts/2026-10"),
        new("GET", "/api/v1/board-papers/drafts/{month}/preview", [Pmo], null, _ => "/api/v1/board-papers/drafts/2026-10/preview"),
        new("GET", "/api/v1/kpis", Everyone, null, _ => "/api/v1/kpis"),
        new("POST", "/api/v1/kpis", Assurers, i => Json(new { code = $"K{Guid.NewGuid():N}"[..12], name = "Falls per 1,000 bed days", direction = "Decrease", frequency = "Monthly",
            dataQuality = "Sufficient", kind = "HighLevel", isgId = i.Isg, domain = "Safe" }), _ => "/api/v1/kpis"),
        new("GET", "/api/v1/kpis/spc-summary", Readers, null, _ => "/api/v1/kpis/spc-summary?asOf=2026-11-30"),
        new("POST", "/api/v1/kpis/measurements", Assurers, _ => Json(new { rows = new[] { new { kpiCode = "MX-KPI", period = "2026-01", value = 3.5m } } }), _ => "/api/v1/kpis/measurements"),
        new("POST", "/api/v1/kpis/measurements/upload", Assurers, _ => MeasurementsUpload(), _ => "/api/v1/kpis/measurements/upload"),
        new("GET", "/api/v1/kpis/{id:guid}", Everyone, null, i => $"/api/v1/kpis/{i.Kpi}"),
        new("PUT", "/api/v1/kpis/{id:guid}", Assurers, i => Json(new { fields = new { code = "MX-KPI", name = "Fridge checks done", direction = "Increase", frequency = "Monthly",
            dataQuality = "Sufficient", kind = "RootCause" }, version = 0 }), i => $"/api/v1/kpis/{i.Kpi}"),
        new("PUT", "/api/v1/kpis/{id:guid}/target", Assurers, _ => Json(new { from = "2026-01", value = 95, version = 0 }), i => $"/api/v1/kpis/{i.Kpi}/target"),
        new("PUT", "/api/v1/kpis/{id:guid}/spc", Assurers, _ => Json(new { rebaseAt = Array.Empty<string>(), screenOutliers = false, sustainPeriods = 3, version = 0 }), i => $"/api/v1/kpis/{i.Kpi}/spc"),
        new("POST", "/api/v1/kpis/{id:guid}/measurements", [Pmo, IsgChair, RootCauseOwner], _ => Json(new { period = "2026-02", value = 4 }), i => $"/api/v1/kpis/{i.Kpi}/measurements"),
        new("GET", "/api/v1/kpis/{id:guid}/chart", Everyone, null, i => $"/api/v1/kpis/{i.Kpi}/chart"),
        new("GET", "/api/v1/kpis/{id:guid}/chart.png", Everyone, null, i => $"/api/v1/kpis/{i.Kpi}/chart.png"),
        new("PUT", "/api/v1/root-causes/{id:guid}/kpi", Assurers, i => Json(new { kpiId = i.Kpi, version = 0 }), i => $"/api/v1/root-causes/{i.RootCause}/kpi"),
        new("GET", "/api/v1/isgs/{isgId:guid}/flagged-for-reopening", [IsgChair, Pmo, AccountableExecutive], null, i => $"/api/v1/isgs/{i.Isg}/flagged-for-reopening"),
        new("GET", "/api/v1/tokens", Everyone, null, _ => "/api/v1/tokens"),
        new("POST", "/api/v1/tokens", Everyone, _ => Json(new { name = "matrix", role = "BoardMember", expiresInDays = 5 }), _ => "/api/v1/tokens"),
        new("DELETE", "/api/v1/tokens/{tokenId:guid}", Everyone, null, i => $"/api/v1/tokens/{i.Token}"),
    ];

    private static MultipartFormDataContent PdfUpload()
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "audit.pdf");
        form.Add(new StringContent("Audit"), "title");
        form.Add(new StringContent("Checks done"), "whatItShows");
        return form;
    }

    private static MultipartFormDataContent CsvUpload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("isg,finding_ref\n"u8.ToArray()), "file", "plan.csv");
        return form;
    }

    private static MultipartFormDataContent MeasurementsUpload()
    {
        var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent("kpi_code,period,value,note\nMX-KPI,2026-03,5,\n"u8.ToArray()), "file", "measurements.csv");
        return form;
    }

    [Fact]
    public void The_table_names_every_api_endpoint()
    {
        var mapped = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1") == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => $"{m} {e.RoutePattern.RawText!.TrimEnd('/')}"))
            .Order().ToList();
        Assert.Equal(mapped, Table.Select(t => $"{t.Method} {t.Route}").Order().ToList());
    }

    [Fact]
    public async Task Each_role_reaches_exactly_the_endpoints_it_is_allowed()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Mx {Guid.NewGuid():N}"[..10]);
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            var client = await ClientFor(trust, role);
            foreach (var endpoint in Table)
            {
                var ids = await IdsOf(trust, client);
                var status = await Call(client, endpoint, ids);
                var allowed = endpoint.Allowed.Contains(role);
                if (allowed && status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
                    failures.Add($"{role} was refused {endpoint.Method} {endpoint.Route}: {(int)status}");
                if (!allowed && status != HttpStatusCode.Forbidden)
                    failures.Add($"{role} was not refused {endpoint.Method} {endpoint.Route}: {(int)status}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task No_role_reaches_another_trusts_rows_through_any_endpoint()
    {
        var mine = await TestTrust.CreateAsync(app.Services, $"Mx {Guid.NewGuid():N}"[..10]);
        var theirs = await TestTrust.CreateAsync(app.Services, $"Mx {Guid.NewGuid():N}"[..10]);
        var theirIds = await IdsOf(theirs, await ClientFor(theirs, Pmo));
        var failures = new List<string>();
        foreach (var role in Enum.GetValues<TrustRole>())
        {
            var client = await ClientFor(mine, role);
            foreach (var endpoint in Table.Where(t => t.Route.Contains(":guid}")))
            {
                var status = await Call(client, endpoint, theirIds);
                var expected = endpoint.Allowed.Contains(role) ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden;
                if (status != expected) failures.Add($"{role} {endpoint.Method} {endpoint.Route} with another trust's id: {(int)status}, expected {(int)expected}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var untouched = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries
            .CountAsync(a => a.TrustId == theirs.TrustId && a.Operation != Domain.Auditing.AuditOperation.Created));
        Assert.Equal(0, untouched);
    }

    private async Task<HttpClient> ClientFor(TestTrust trust, TrustRole role)
    {
        var token = await app.SendAs(trust, role, new CreateApiToken($"matrix {role}", role));
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return client;
    }

    private static async Task<HttpStatusCode> Call(HttpClient client, Endpoint endpoint, Ids ids)
    {
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path(ids)) { Content = endpoint.Body?.Invoke(ids) };
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    // The rows each call targets: made as the system so every role finds them in place.
    private async Task<Ids> IdsOf(TestTrust trust, HttpClient client)
    {
        var tokens = await client.GetFromJsonAsync<List<ApiTokenDto>>("/api/v1/tokens", Support.Json.Options);
        return await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var rootCause = trust.RootCauseIds[0];
            var action = await db.Actions.Where(a => a.RootCauseId == rootCause).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
            if (action is null)
            {
                var made = new ImprovementAction(trust.TrustId, rootCause, "Weekly fridge audit", trust[RootCauseOwner].Id, new DateOnly(2026, 12, 1));
                db.Actions.Add(made);
                action = made.Id;
            }
            var evidence = await db.Evidence.Where(e => e.RootCauseId == rootCause && e.Kind == EvidenceKind.File).Select(e => (Guid?)e.Id).FirstOrDefaultAsync();
            if (evidence is null)
            {
                var pdf = "%PDF-1.4\n%%EOF\n"u8.ToArray();
                var stored = await sp.GetRequiredService<IFileStore>().SaveAsync(trust.TrustId, new MemoryStream(pdf));
                var file = Domain.Plans.Evidence.File(trust.TrustId, rootCause, "Audit", "audit.pdf", "application/pdf", stored.SizeBytes,
                    stored.Key, "Checks done", trust[RootCauseOwner].Id, DateTimeOffset.UtcNow);
                db.Evidence.Add(file);
                evidence = file.Id;
            }
            var change = await db.ChangeRequests.Where(c => c.RootCauseId == rootCause && c.Status == Domain.ChangeControl.ChangeStatus.Pending)
                .Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
            if (change is null)
            {
                var made = Domain.ChangeControl.ChangeRequest.Withdrawal(trust.TrustId, rootCause, "Duplicate", trust[Pmo].Id, DateTimeOffset.UtcNow);
                db.ChangeRequests.Add(made);
                change = made.Id;
            }
            var escalation = await db.Escalations.Where(e => e.ItemId == rootCause).Select(e => (Guid?)e.Id).FirstOrDefaultAsync();
            if (escalation is null)
            {
                var rc = await db.RootCauses.SingleAsync(r => r.Id == rootCause);
                var made = new Domain.Escalations.Escalation(trust.TrustId, Domain.Escalations.EscalationSubject.Of(rc),
                    Domain.Escalations.EscalationLevel.Owner, rc.BaselineDue.AddDays(1));
                db.Escalations.Add(made);
                escalation = made.Id;
            }
            // A planned sprint far ahead: starting or closing it is refused by the rules (422), never by access.
            var sprint = await db.Sprints.Where(s => s.IsgId == trust.IsgId).Select(s => (Guid?)s.Id).FirstOrDefaultAsync();
            if (sprint is null)
            {
                var made = new Domain.Sprints.Sprint(trust.TrustId, trust.IsgId, new Domain.Sprints.SprintPeriod(1, new DateOnly(2027, 6, 7), new DateOnly(2027, 6, 20)));
                db.Sprints.Add(made);
                sprint = made.Id;
            }
            // A generated paper with stand-in files: the matrix is about access, not about LibreOffice.
            var paper = await db.GeneratedPapers.Where(p => p.TrustId == trust.TrustId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync();
            if (paper is null)
            {
                var store = sp.GetRequiredService<IFileStore>();
                var docx = await store.SaveAsync(trust.TrustId, new MemoryStream("PK"u8.ToArray()));
                var pdf = await store.SaveAsync(trust.TrustId, new MemoryStream("%PDF-1.4\n%%EOF\n"u8.ToArray()));
                var made = new Domain.BoardPapers.GeneratedPaper(trust.TrustId, new DateOnly(2026, 10, 1), Domain.BoardPapers.GeneratedPaperKind.BoardPaper,
                    DateTimeOffset.UtcNow, null, "{}", docx.Key, docx.SizeBytes, pdf.Key, pdf.SizeBytes);
                db.GeneratedPapers.Add(made);
                paper = made.Id;
            }
            // A root-cause KPI the owner owns, so the owner may enter its values.
            var kpi = await db.Kpis.Where(k => k.TrustId == trust.TrustId).Select(k => (Guid?)k.Id).FirstOrDefaultAsync();
            if (kpi is null)
            {
                var made = new Domain.Kpis.Kpi(trust.TrustId, "MX-KPI", "Fridge checks done", Domain.Kpis.KpiKind.RootCause,
                    Domain.Kpis.ImprovementDirection.Increase, Domain.Kpis.KpiFrequency.Monthly);
                made.Assign(trust[RootCauseOwner].Id, Domain.Kpis.DataQuality.Sufficient);
                db.Kpis.Add(made);
                kpi = made.Id;
            }
            await db.SaveChangesAsync();
            return new Ids(rootCause, trust.FindingId, trust.IsgId, action.Value, evidence.Value, change.Value, tokens!.First().Id, trust[RootCauseOwner].Id,
                escalation.Value, sprint.Value, paper.Value, kpi.Value);
        });
    }
}

[Collection(OnSqlite.Name)]
public sealed class AccessMatrixOnSqlite(SqliteApp app) : AccessMatrixTests(app);
[Collection(OnPostgres.Name)]
public sealed class AccessMatrixOnPostgres(PostgresApp app) : AccessMatrixTests(app);
