namespace QipTracker.Web.Tests.Access;

// Inside the namespace, so that Api means the answer and not the QipTracker.Web.Api namespace.
using System.Net;
using static QipTracker.Domain.Trusts.TrustRole;
using static QipTracker.Web.Tests.Access.Answer;
using static QipTracker.Web.Tests.Access.Bodies;
using static QipTracker.Web.Tests.Access.Who;

/// <summary>
/// Every route the app maps, and who may use it. A route the running app maps without a row here, or a row
/// for a route it does not map, fails <see cref="RouteMatrixTests"/>. The runner calls each row as every
/// principal, with the cookie and with a token, with their own trust's ids and with another trust's; the
/// answers are in <see cref="Answer"/>. docs/security/access-matrix.md is generated from this table.
/// Static files (wwwroot, framework scripts) are public by design and not listed.
/// </summary>
public static class RouteTable
{
    private static readonly Principal[] Kpis = [Pmo, IsgChair, AccountableExecutive, BoardMember, RootCauseOwner];
    private static readonly Principal[] Admins = [TrustAdmin, Principal.SystemAdmin];

    public static readonly RouteRow[] Rows =
    [
        // ── /api/v1: a token reaches what its role reaches with the cookie, except making and revoking tokens ──
        //  method  route                                                 cookie                 token                  answer  path / body
        new("GET",    "/api/v1/trust",                                    Members,               Members,               Api, _ => "/api/v1/trust"),
        new("PUT",    "/api/v1/trust/escalation-thresholds",              [TrustAdmin, Pmo],     [TrustAdmin, Pmo],     Api, _ => "/api/v1/trust/escalation-thresholds",
            _ => Json(new { owner = 1, isgChair = 7, accountableExecutive = 14, ecib = 21 })),
        new("GET",    "/api/v1/isgs",                                     Members,               Members,               Api, _ => "/api/v1/isgs"),
        new("POST",   "/api/v1/isgs",                                     [Pmo],                 [Pmo],                 Api, _ => "/api/v1/isgs",
            _ => Json(new { name = Unique("ISG "), cadence = "Monthly", memberIds = Array.Empty<Guid>() })),
        new("PUT",    "/api/v1/isgs/{id:guid}",                           [Pmo],                 [Pmo],                 Api, t => $"/api/v1/isgs/{t.Isg}",
            _ => Json(new { name = Unique("ISG "), cadence = "Monthly", memberIds = Array.Empty<Guid>(), version = Stale })),
        new("GET",    "/api/v1/trajectory",                               Readers,               Readers,               Api, _ => "/api/v1/trajectory?asOf=2026-11-30"),
        new("GET",    "/api/v1/trajectory/chart.png",                     Readers,               Readers,               Api, t => $"/api/v1/trajectory/chart.png?isgId={t.Isg}&priority=MustDo&asOf=2026-11-30"),
        new("GET",    "/api/v1/inspections",                              Members,               Members,               Api, _ => "/api/v1/inspections"),
        new("POST",   "/api/v1/inspections",                              [Pmo],                 [Pmo],                 Api, _ => "/api/v1/inspections",
            _ => Json(new { title = "Focused inspection", startedOn = Day, endedOn = Day, ratings = Array.Empty<object>(), notices = Array.Empty<object>() })),
        new("GET",    "/api/v1/kloes",                                    Members,               Members,               Api, _ => "/api/v1/kloes"),
        new("GET",    "/api/v1/findings",                                 Members,               Members,               Api, _ => "/api/v1/findings"),
        new("GET",    "/api/v1/findings/{id:guid}",                       Members,               Members,               Api, t => $"/api/v1/findings/{t.Finding}"),
        new("POST",   "/api/v1/findings",                                 [Pmo],                 [Pmo],                 Api, _ => "/api/v1/findings",
            t => Json(new { reference = Unique("SD-"), text = "Should ensure…", kind = "ShouldDo", isgId = t.Isg, safetyUrgent = false })),
        new("PUT",    "/api/v1/findings/{id:guid}",                       [Pmo],                 [Pmo],                 Api, t => $"/api/v1/findings/{t.Finding}",
            t => Json(new { fields = new { reference = "MD-1", text = "The trust must…", kind = "MustDo", isgId = t.Isg, safetyUrgent = false }, version = Stale })),
        new("POST",   "/api/v1/root-causes",                              [Pmo],                 [Pmo],                 Api, _ => "/api/v1/root-causes",
            t => Json(new { reference = Unique("RC-"), description = "New", ownerId = t.Owner, isgId = t.Isg, baselineDue = Day, findingIds = new[] { t.Finding } })),
        new("GET",    "/api/v1/root-causes/{id:guid}",                    Members,               Members,               Api, t => $"/api/v1/root-causes/{t.RootCause}"),
        new("GET",    "/api/v1/root-causes/{id:guid}/timeline",           Members,               Members,               Api, t => $"/api/v1/root-causes/{t.RootCause}/timeline"),
        new("GET",    "/api/v1/root-causes/{id:guid}/baselines",          Members,               Members,               Api, t => $"/api/v1/root-causes/{t.RootCause}/baselines"),
        new("POST",   "/api/v1/root-causes/{id:guid}/progress",           Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/progress",
            _ => Json(new { forecastDue = Day, offTrack = false, version = Stale })),
        new("POST",   "/api/v1/root-causes/{id:guid}/complete",           Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/complete",
            _ => Json(new { completedOn = new DateOnly(2026, 11, 1), version = Stale })),
        new("POST",   "/api/v1/root-causes/{id:guid}/assure",             Assurers,              Assurers,              Api, t => $"/api/v1/root-causes/{t.RootCause}/assure",
            _ => Json(new { version = Stale })),
        new("POST",   "/api/v1/root-causes/{id:guid}/send-back",          Assurers,              Assurers,              Api, t => $"/api/v1/root-causes/{t.RootCause}/send-back",
            _ => Json(new { comment = "Evidence is a draft", version = Stale })),
        new("POST",   "/api/v1/root-causes/{id:guid}/reopen",             Assurers,              Assurers,              Api, t => $"/api/v1/root-causes/{t.RootCause}/reopen",
            _ => Json(new { reason = "KPI slipped", version = Stale })),
        new("POST",   "/api/v1/root-causes/{id:guid}/embed",              Assurers,              Assurers,              Api, t => $"/api/v1/root-causes/{t.RootCause}/embed",
            _ => Json(new { version = Stale })),
        new("PUT",    "/api/v1/root-causes/{id:guid}/sbar",               Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/sbar",
            _ => Json(new { sbar = new { situation = "S", background = "B", assessment = "A", recommendation = "R" }, version = Stale })),
        new("PUT",    "/api/v1/root-causes/{id:guid}/kpi",                Assurers,              Assurers,              Api, t => $"/api/v1/root-causes/{t.RootCause}/kpi",
            t => Json(new { kpiId = t.Kpi, version = Stale })),
        new("GET",    "/api/v1/root-causes/{id:guid}/actions",            Members,               Members,               Api, t => $"/api/v1/root-causes/{t.RootCause}/actions"),
        new("POST",   "/api/v1/root-causes/{id:guid}/actions",            Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/actions",
            t => Json(new { title = Unique("Re-audit "), ownerId = t.Owner, dueOn = Day })),
        new("PATCH",  "/api/v1/actions/{id:guid}",                        Updaters,              Updaters,              Api, t => $"/api/v1/actions/{t.Action}",
            _ => Json(new { status = "InProgress", progressNote = "Started", version = Stale })),
        new("GET",    "/api/v1/root-causes/{id:guid}/change-requests",    Members,               Members,               Api, t => $"/api/v1/root-causes/{t.RootCause}/change-requests"),
        new("POST",   "/api/v1/root-causes/{id:guid}/change-requests",    Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/change-requests",
            _ => Json(new { kind = "NewDueDate", reason = Unique("Delay "), proposedDue = Day })),
        new("GET",    "/api/v1/change-requests",                          Members,               Members,               Api, _ => "/api/v1/change-requests"),
        new("POST",   "/api/v1/change-requests/{id:guid}/decision",       [AccountableExecutive],[AccountableExecutive],Api, t => $"/api/v1/change-requests/{t.ChangeRequest}/decision",
            _ => Json(new { approve = false, note = "Not now", version = Stale })),
        new("GET",    "/api/v1/root-causes/{id:guid}/evidence",           Members,               Members,               Api, t => $"/api/v1/root-causes/{t.RootCause}/evidence"),
        new("POST",   "/api/v1/root-causes/{id:guid}/evidence/note",      Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/evidence/note",
            _ => Json(new { title = Unique("Audit "), whatItShows = "Checks done" })),
        new("POST",   "/api/v1/root-causes/{id:guid}/evidence/link",      Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/evidence/link",
            _ => Json(new { title = Unique("Audit "), url = "https://intranet.example/audit", whatItShows = "Checks done" })),
        new("POST",   "/api/v1/root-causes/{id:guid}/evidence/file",      Updaters,              Updaters,              Api, t => $"/api/v1/root-causes/{t.RootCause}/evidence/file",
            _ => Pdf()),
        new("GET",    "/api/v1/evidence/{id:guid}/download",              Members,               Members,               Api, t => $"/api/v1/evidence/{t.Evidence}/download"),
        new("POST",   "/api/v1/plan/import",                              [Pmo],                 [Pmo],                 Api, _ => "/api/v1/plan/import?dryRun=true",
            _ => PlanCsv()),
        new("GET",    "/api/v1/plan/export",                              Readers,               Readers,               Api, _ => "/api/v1/plan/export?format=csv"),
        new("GET",    "/api/v1/escalations",                              Members,               Members,               Api, _ => "/api/v1/escalations"),
        new("PUT",    "/api/v1/escalations/{id:guid}/recovery-plan",      [RootCauseOwner, Pmo], [RootCauseOwner, Pmo], Api, t => $"/api/v1/escalations/{t.Escalation}/recovery-plan",
            _ => Json(new { plan = "Extra clinics booked", version = Stale })),
        new("POST",   "/api/v1/isgs/{isgId:guid}/sprints/schedule",       [Pmo],                 [Pmo],                 Api, t => $"/api/v1/isgs/{t.Isg}/sprints/schedule",
            _ => Json(new { firstStart = "2027-01-04" })),
        new("GET",    "/api/v1/isgs/{isgId:guid}/sprints/review",         [IsgChair, Pmo, AccountableExecutive], [IsgChair, Pmo, AccountableExecutive], Api,
            t => $"/api/v1/isgs/{t.Isg}/sprints/review"),
        new("GET",    "/api/v1/isgs/{isgId:guid}/flagged-for-reopening",  [IsgChair, Pmo, AccountableExecutive], [IsgChair, Pmo, AccountableExecutive], Api,
            t => $"/api/v1/isgs/{t.Isg}/flagged-for-reopening"),
        new("POST",   "/api/v1/sprints/{id:guid}/start",                  Assurers,              Assurers,              Api, t => $"/api/v1/sprints/{t.Sprint}/start",
            _ => Json(new { version = Stale })),
        new("POST",   "/api/v1/sprints/{id:guid}/close",                  Assurers,              Assurers,              Api, t => $"/api/v1/sprints/{t.Sprint}/close",
            _ => Json(new { version = Stale })),
        new("GET",    "/api/v1/sprints/{id:guid}/burndown.png",           Readers,               Readers,               Api, t => $"/api/v1/sprints/{t.Sprint}/burndown.png"),
        new("GET",    "/api/v1/sprint-updates",                           [RootCauseOwner],      [RootCauseOwner],      Api, _ => "/api/v1/sprint-updates"),
        new("POST",   "/api/v1/sprint-updates",                           [RootCauseOwner],      [RootCauseOwner],      Api, _ => "/api/v1/sprint-updates",
            t => Json(new { items = new[] { new { sprintId = t.Sprint, rootCauseId = t.RootCause, status = "InProgress", narrative = "Audit booked",
                forecastDue = "2027-06-30", offTrack = false } } })),
        new("GET",    "/api/v1/ecib/pack",                                [AccountableExecutive, Pmo, BoardMember], [AccountableExecutive, Pmo, BoardMember], Api,
            _ => "/api/v1/ecib/pack"),
        new("POST",   "/api/v1/spc/analyse",                              Members,               Members,               Api, _ => "/api/v1/spc/analyse",
            _ => Json(new { direction = "increase", points = new[] { new { period = "2024-01", value = 1 }, new { period = "2024-02", value = 2 } } })),
        new("GET",    "/api/v1/board-papers",                             Readers,               Readers,               Api, _ => "/api/v1/board-papers?month=2026-10"),
        new("GET",    "/api/v1/board-papers/{id:guid}/{format}",          Readers,               Readers,               Api, t => $"/api/v1/board-papers/{t.Paper}/docx"),
        new("GET",    "/api/v1/board-papers/drafts/{month}",              [Pmo],                 [Pmo],                 Api, _ => "/api/v1/board-papers/drafts/2026-10"),
        new("PUT",    "/api/v1/board-papers/drafts/{month}",              [Pmo],                 [Pmo],                 Api, _ => "/api/v1/board-papers/drafts/2026-10",
            _ => Json(new { fields = new { meeting = "Trust Board", paperTitle = "QIP report", meetingDate = "2026-11-05", responsibleDirector = "", author = "",
                executiveSummary = "", boardAskedTo = "Note", linkedCqcDomains = Array.Empty<string>(), strategicObjectives = Array.Empty<string>(),
                bafRisks = Array.Empty<string>(), equalityImpact = "", foiStatus = "", recommendation = "", isgCommentaries = Array.Empty<object>() } })),
        new("GET",    "/api/v1/board-papers/drafts/{month}/preview",      [Pmo],                 [Pmo],                 Api, _ => "/api/v1/board-papers/drafts/2026-10/preview"),
        new("GET",    "/api/v1/kpis",                                     Members,               Members,               Api, _ => "/api/v1/kpis"),
        new("POST",   "/api/v1/kpis",                                     Assurers,              Assurers,              Api, _ => "/api/v1/kpis",
            t => Json(new { code = Unique("K"), name = "Falls per 1,000 bed days", direction = "Decrease", frequency = "Monthly",
                dataQuality = "Sufficient", kind = "HighLevel", isgId = t.Isg, domain = "Safe" })),
        new("GET",    "/api/v1/kpis/spc-summary",                         Readers,               Readers,               Api, _ => "/api/v1/kpis/spc-summary?asOf=2026-11-30"),
        new("POST",   "/api/v1/kpis/measurements",                        Assurers,              Assurers,              Api, _ => "/api/v1/kpis/measurements",
            t => Json(new { rows = new[] { new { kpiCode = t.KpiCode, period = "2026-01", value = 3.5m } } })),
        new("POST",   "/api/v1/kpis/measurements/upload",                 Assurers,              Assurers,              Api, _ => "/api/v1/kpis/measurements/upload",
            MeasurementsCsv),
        new("GET",    "/api/v1/kpis/{id:guid}",                           Members,               Members,               Api, t => $"/api/v1/kpis/{t.Kpi}"),
        new("PUT",    "/api/v1/kpis/{id:guid}",                           Assurers,              Assurers,              Api, t => $"/api/v1/kpis/{t.Kpi}",
            t => Json(new { fields = new { code = t.KpiCode, name = "Fridge checks done", direction = "Increase", frequency = "Monthly",
                dataQuality = "Sufficient", kind = "RootCause" }, version = Stale })),
        new("PUT",    "/api/v1/kpis/{id:guid}/target",                    Assurers,              Assurers,              Api, t => $"/api/v1/kpis/{t.Kpi}/target",
            _ => Json(new { from = "2026-01", value = 95, version = Stale })),
        new("PUT",    "/api/v1/kpis/{id:guid}/spc",                       Assurers,              Assurers,              Api, t => $"/api/v1/kpis/{t.Kpi}/spc",
            _ => Json(new { rebaseAt = Array.Empty<string>(), screenOutliers = false, sustainPeriods = 3, version = Stale })),
        new("POST",   "/api/v1/kpis/{id:guid}/measurements",              [Pmo, IsgChair, RootCauseOwner], [Pmo, IsgChair, RootCauseOwner], Api,
            t => $"/api/v1/kpis/{t.Kpi}/measurements", _ => Json(new { period = "2026-02", value = 4 })),
        new("GET",    "/api/v1/kpis/{id:guid}/chart",                     Members,               Members,               Api, t => $"/api/v1/kpis/{t.Kpi}/chart"),
        new("GET",    "/api/v1/kpis/{id:guid}/chart.png",                 Members,               Members,               Api, t => $"/api/v1/kpis/{t.Kpi}/chart.png"),
        // A token cannot make, list or revoke tokens: a leaked one must not mint a successor that outlives it.
        new("GET",    "/api/v1/tokens",                                   Members,               Nobody,                Api, _ => "/api/v1/tokens"),
        new("POST",   "/api/v1/tokens",                                   Members,               Nobody,                Api, _ => "/api/v1/tokens",
            t => Json(new { name = "matrix", role = t.Role.ToString(), expiresInDays = 5 })),
        new("DELETE", "/api/v1/tokens/{tokenId:guid}",                    Members,               Nobody,                Api, t => $"/api/v1/tokens/{t.SpareToken}"),

        // ── Blazor pages: a token signs nobody in here, so a token gets what nobody gets ──
        new("GET",    "/",                                                SignedIn,              Nobody,                Page("Home · QipTracker"), _ => "/"),
        new("GET",    "/my-work",                                         [RootCauseOwner],      Nobody,                Page("My work · QipTracker"), _ => "/my-work"),
        new("GET",    "/sprint-update",                                   [RootCauseOwner],      Nobody,                Page("Sprint update · QipTracker"), _ => "/sprint-update"),
        new("GET",    "/register",                                        Readers,               Nobody,                Page("Plan register · QipTracker"), _ => "/register"),
        new("GET",    "/trajectory",                                      Readers,               Nobody,                Page("Trajectory · QipTracker"), _ => "/trajectory"),
        new("GET",    "/board-papers",                                    Readers,               Nobody,                Page("Board papers · QipTracker"), _ => "/board-papers"),
        new("GET",    "/overview",                                        [AccountableExecutive, BoardMember, Pmo, TrustAdmin], Nobody, Page("Trust overview · QipTracker"),
            _ => "/overview"),
        new("GET",    "/ecib",                                            [AccountableExecutive],Nobody,                Page("ECIB · QipTracker"), _ => "/ecib"),
        new("GET",    "/escalations",                                     Members,               Nobody,                Page("Escalations · QipTracker"), _ => "/escalations"),
        new("GET",    "/kpis",                                            Kpis,                  Nobody,                Page("KPIs · QipTracker"), _ => "/kpis"),
        new("GET",    "/kpis/{Id:guid}",                                  Kpis,                  Nobody,                Page(ids => $"{ids.KpiCode} · QipTracker", "data-testid=\"kpi-missing\""),
            t => $"/kpis/{t.Kpi}"),
        new("GET",    "/root-causes/{Id:guid}",                           Members,               Nobody,                Page(ids => $"Root cause 1 of {ids.Name}", "data-testid=\"not-found\""),
            t => $"/root-causes/{t.RootCause}"),
        new("GET",    "/isgs/{Id:guid}",                                  [IsgChair, Pmo, AccountableExecutive], Nobody, Page(ids => $"Root cause 1 of {ids.Name}", "There is no such ISG in this trust."),
            t => $"/isgs/{t.Isg}"),
        new("GET",    "/admin/settings",                                  [TrustAdmin, Pmo],     Nobody,                Page("Trust settings · QipTracker"), _ => "/admin/settings"),
        new("GET",    "/admin/people",                                    [TrustAdmin],          Nobody,                Page("People · QipTracker"), _ => "/admin/people"),
        // Trust admins run their own trust's jobs; the SystemAdmin runs them across every trust.
        new("GET",    "/admin/jobs",                                      Admins,                Nobody,                Page("Jobs · QipTracker"), _ => "/admin/jobs"),
        new("GET",    "/admin/trusts",                                    SystemAdminOnly,       Nobody,                Page("Trusts · QipTracker"), _ => "/admin/trusts"),
        new("GET",    "/admin/accounts",                                  SystemAdminOnly,       Nobody,                Page("Accounts · QipTracker"), _ => "/admin/accounts"),
        new("GET",    "/admin/security-events",                           Admins,                Nobody,                Page("Security events · QipTracker"), _ => "/admin/security-events"),

        // ── Account: signing in is for nobody-yet; the session's own forms need the cookie and the page's form token ──
        new("GET",    "/account/login",                                   Anyone,                Anyone,                Page("Sign in · QipTracker"), _ => "/account/login"),
        new("POST",   "/account/login",                                   Anyone,                Anyone,                Form, _ => "/account/login",
            t => FormPost(t, ("email", $"nobody.{Guid.NewGuid():N}@nowhere.example"), ("password", "not the password at all"))),
        new("GET",    "/account/login-2fa",                               Anyone,                Anyone,                Page("Two-factor sign-in · QipTracker"), _ => "/account/login-2fa"),
        new("POST",   "/account/login-2fa",                               Anyone,                Anyone,                Form, _ => "/account/login-2fa",
            t => FormPost(t, ("code", "123456"))),
        new("GET",    "/account/accept-invitation",                       Anyone,                Anyone,                Page("invitation · QipTracker"), _ => "/account/accept-invitation"),
        new("POST",   "/account/accept-invitation",                       Anyone,                Anyone,                Form, _ => "/account/accept-invitation",
            t => FormPost(t, ("token", "not-an-invitation"), ("password", "a long enough passphrase"), ("confirm", "a long enough passphrase"))),
        new("GET",    "/account/forgot-password",                         Anyone,                Anyone,                Page("Forgot your password? · QipTracker"), _ => "/account/forgot-password"),
        new("POST",   "/account/forgot-password",                         Anyone,                Anyone,                Form, _ => "/account/forgot-password",
            t => FormPost(t, ("email", $"nobody.{Guid.NewGuid():N}@nowhere.example"))),
        new("GET",    "/account/reset-password",                          Anyone,                Anyone,                Page("Choose a new password · QipTracker"), _ => "/account/reset-password"),
        new("POST",   "/account/reset-password",                          Anyone,                Anyone,                Form, _ => "/account/reset-password",
            t => FormPost(t, ("user", Guid.NewGuid().ToString()), ("token", "not-a-reset-token"),
                ("newPassword", "a long enough passphrase"), ("confirm", "a long enough passphrase"))),
        new("GET",    "/account/denied",                                  Anyone,                Anyone,                Page("Not available to your role · QipTracker"), _ => "/account/denied"),
        new("GET",    "/account/security",                                SignedIn,              Nobody,                Page("Account security · QipTracker"), _ => "/account/security"),
        new("GET",    "/account/invitations",                             SignedIn,              Nobody,                Page("Invitations · QipTracker"), _ => "/account/invitations"),
        new("POST",   "/account/decline-invitation",                      SignedIn,              Nobody,                Form, _ => "/account/decline-invitation",
            t => FormPost(t, ("token", "not-an-invitation"))),
        // The SystemAdmin belongs to no trust, so has none to switch to.
        new("POST",   "/account/switch-trust",                            Members,               Nobody,                Form, _ => "/account/switch-trust",
            t => FormPost(t, ("trustId", t.TrustId.ToString()))) { EndsSession = true },
        new("POST",   "/account/change-password",                         SignedIn,              Nobody,                Form, _ => "/account/change-password",
            t => FormPost(t, ("currentPassword", "not the current password"), ("newPassword", "another long passphrase"), ("confirm", "another long passphrase")))
            { EndsSession = true },
        new("POST",   "/account/logout",                                  SignedIn,              Nobody,                Form, _ => "/account/logout",
            t => FormPost(t)) { EndsSession = true },

        // ── Platform ──
        new("*",      "/hangfire/{**path}",                               SystemAdminOnly,       Nobody,                Dashboard, _ => "/hangfire"),
        new("*",      "/health",                                          Anyone,                Anyone,                Health, _ => "/health"),
        new("GET",    "/openapi/{documentName}.json",                     SignedIn,              Members,               Docs, _ => "/openapi/v1.json"),
        new("GET",    "/scalar/{documentName?}",                          SignedIn,              Members,               Docs, _ => "/scalar/v1"),
        // The reference's own script and icon: static files, the same for everyone.
        new("GET",    "/scalar/scalar.js",                                Anyone,                Anyone,                Docs, _ => "/scalar/scalar.js"),
        new("GET",    "/scalar/scalar.aspnetcore.js",                     Anyone,                Anyone,                Docs, _ => "/scalar/scalar.aspnetcore.js"),
        new("GET",    "/scalar/favicon.svg",                              Anyone,                Anyone,                Docs, _ => "/scalar/favicon.svg"),

        // ── The framework's plumbing: no data of its own (a Blazor circuit renders as the cookie's person; the fallback serves wwwroot) ──
        new("GET",    "/_framework/opaque-redirect",                      Anyone,                Anyone,                Framework(HttpStatusCode.BadRequest), _ => "/_framework/opaque-redirect"),
        new("*",      "/_blazor",                                         Anyone,                Anyone,                Framework(HttpStatusCode.BadRequest), _ => "/_blazor"),
        new("*",      "/_blazor/negotiate",                               Anyone,                Anyone,                Framework(HttpStatusCode.OK), _ => "/_blazor/negotiate?negotiateVersion=1")
            { Call = "POST" },
        new("*",      "/_blazor/disconnect",                              Anyone,                Anyone,                Framework(HttpStatusCode.BadRequest), _ => "/_blazor/disconnect")
            { Call = "POST" },
        new("*",      "/_blazor/initializers",                            Anyone,                Anyone,                Framework(HttpStatusCode.OK), _ => "/_blazor/initializers"),
        new("GET",    "/{**path:file}",                                   Anyone,                Anyone,                Framework(HttpStatusCode.NotFound), _ => "/no-such-file.txt"),
    ];

    /// <summary>Unsafe API calls tried with the cookie from another origin (a page on another port of this host): each is refused 403.</summary>
    public static readonly string[] CrossSiteChecked =
    [
        "POST /api/v1/root-causes/{id:guid}/evidence/note",
        "POST /api/v1/root-causes/{id:guid}/evidence/file",
        "PUT /api/v1/isgs/{id:guid}",
        "POST /api/v1/plan/import",
        "POST /api/v1/tokens",
        "DELETE /api/v1/tokens/{tokenId:guid}",
    ];
}
