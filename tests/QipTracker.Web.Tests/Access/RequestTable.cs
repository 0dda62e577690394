namespace QipTracker.Web.Tests.Access;

// Inside the namespace, so these names win over the test folders' namespaces (Evidence, Kpis…).
using System.Text;
using MediatR;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.Accounts;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Email;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.Inspections;
using QipTracker.Web.Features.Isgs;
using QipTracker.Web.Features.Jobs;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Features.Oversight;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.Retention;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.SecurityEvents;
using QipTracker.Web.Features.SingleSignOn;
using QipTracker.Web.Features.Spc;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Features.Trusts;
using static QipTracker.Domain.Trusts.TrustRole;
using static QipTracker.Web.Tests.Access.Bodies;
using static QipTracker.Web.Tests.Access.Who;

/// <summary>One request type: who may send it, and how a page (or job) would build it from a trust's ids.</summary>
public sealed record RequestRow(Principal[] May, Func<Target, object> Build, Func<IMediator, object, Task> Send)
{
    /// <summary>The request type the row is about (built once from placeholder ids).</summary>
    public Type Type { get; } = Build(Target.Placeholder(Principal.Anonymous)).GetType();
}

/// <summary>
/// Every MediatR request in the app and who may send it, written out here rather than read from the request's
/// access attribute, so a reviewer reads who may do what. Pages and jobs reach the plan only through these, so
/// this covers what no route does by itself: inviting, generating a paper, bulk reassigning, running a job…
/// A request type without a row, or a row without a type, fails <see cref="RequestMatrixTests"/>.
/// Requests are built to change nothing that another cell relies on: edits carry a stale version, and work
/// that is slow or reaches beyond the trust (LibreOffice, running a job, creating a trust) stops at its input.
/// </summary>
public static class RequestTable
{
    private static readonly Principal[] Kpis = [Pmo, IsgChair, AccountableExecutive, BoardMember, RootCauseOwner];

    public static readonly RequestRow[] Rows =
    [
        // ── The trust and its people ──
        Row(Members,                                   _ => new GetCurrentTrust()),
        Row(SignedIn,                                  _ => new GetLanding()),
        Row(Readers,                                   _ => new GetBoardHome()),
        Row(Members,                                   _ => new ListPeople()),
        Row([TrustAdmin, Pmo],                         _ => new SetEscalationThresholds(1, 7, 14, 21)),
        Row([TrustAdmin, Pmo],                         _ => new SetPaperLists(["Safe care"], ["BAF 1: Workforce"])),
        Row([TrustAdmin],                              _ => new GetSingleSignOn()),
        Row([TrustAdmin],                              _ => new ConfigureSingleSignOn("https://provider.example", "matrix", "matrix", ["matrix.example"], false, null)),
        Row([TrustAdmin],                              _ => new InviteUser($"invitee.{Guid.NewGuid():N}@matrix.example", "Ivy Invitee", BoardMember)),
        Row(Anyone,                                    _ => new AcceptInvitation("not-an-invitation", "a long enough passphrase")),
        Row(SystemAdminOnly,                           _ => new ListTrusts()),
        // Stops at its input (no admin email): creating a trust for real would add one to every job's round.
        Row(SystemAdminOnly,                           _ => new CreateTrust("Matrix Trust", "RXX", TrustType.Acute, "", "")),

        // ── Own account: anyone signed in, trust or no trust ──
        Row(SignedIn,                                  _ => new GetTwoFactorSetup()),
        Row(SignedIn,                                  _ => new EnableTwoFactor("000000")),
        Row(SignedIn,                                  _ => new DisableTwoFactor()),
        Row(Members,                                   t => new CreateApiToken("matrix", t.Role, 5)),
        Row(Members,                                   _ => new ListMyApiTokens()),
        Row(Members,                                   _ => new RevokeApiToken(Guid.NewGuid())),

        // ── Findings, inspections, ISGs ──
        Row(Members,                                   _ => new ListInspections()),
        Row([Pmo],                                     _ => new RecordInspection("Focused inspection", Day, Day, null, null, [], [])),
        Row([Pmo],                                     t => new UpdateInspection(t.Inspection, "Focused inspection", Day, Day, null, null, [], [], Stale)),
        Row(Members,                                   t => new GetFindingLinks(t.Finding)),
        Row([Pmo],                                     t => new LinkRootCause(t.Finding, t.RootCause, Stale)),
        Row([Pmo],                                     t => new UnlinkRootCause(t.Finding, t.RootCause, Stale)),
        Row(Members,                                   _ => new ListKloes()),
        Row(Members,                                   _ => new ListFindings()),
        Row(Members,                                   t => new GetFinding(t.Finding)),
        Row([Pmo],                                     t => new CreateFinding(Finding(t, Unique("SD-")))),
        Row([Pmo],                                     t => new UpdateFinding(t.Finding, Finding(t, "MD-1"), Stale)),
        Row(Members,                                   _ => new ListIsgs()),
        Row([Pmo],                                     _ => new SaveIsg(null, Unique("ISG "), ReportingCadence.Monthly, null, null, [])),

        // ── Root causes ──
        Row([Pmo],                                     t => new CreateRootCause(Unique("RC-"), "New", t.Owner, t.Isg, Day, [t.Finding])),
        Row(Members,                                   t => new GetRootCause(t.RootCause)),
        Row(Members,                                   t => new GetRootCauseHeader(t.RootCause)),
        Row(Members,                                   t => new GetTimeline(t.RootCause)),
        Row(Members,                                   t => new GetBaselineHistory(t.RootCause)),
        Row(Updaters,                                  t => new ReportProgress(t.RootCause, Day, false, Stale)),
        Row(Updaters,                                  t => new MarkCompleted(t.RootCause, new DateOnly(2026, 11, 1), Stale)),
        Row(Updaters,                                  t => new EditSbar(t.RootCause, new Sbar("S", "B", "A", "R"), Stale)),
        Row(Assurers,                                  t => new Assure(t.RootCause, Stale)),
        Row(Assurers,                                  t => new SendBack(t.RootCause, "Evidence is a draft", Stale)),
        Row(Assurers,                                  t => new Reopen(t.RootCause, "KPI slipped", Stale)),
        Row(Assurers,                                  t => new Embed(t.RootCause, Stale)),
        Row(Members,                                   t => new ListActions(t.RootCause)),
        Row(Updaters,                                  t => new AddAction(t.RootCause, Unique("Re-audit "), t.Owner, Day)),
        Row(Updaters,                                  t => new UpdateAction(t.Action, ActionStatus.InProgress, "Started", Stale)),
        Row(Members,                                   t => new ListEvidence(t.RootCause)),
        Row(Members,                                   t => new DownloadEvidence(t.Evidence)),
        Row(Updaters,                                  t => new AddNoteEvidence(t.RootCause, Unique("Audit "), "Checks done")),
        Row(Updaters,                                  t => new AddLinkEvidence(t.RootCause, Unique("Audit "), "https://intranet.example/audit", "Checks done")),
        Row(Updaters,                                  t => UploadPdf(t)),

        // ── Change control and escalation ──
        Row(Members,                                   _ => new ListChangeRequests()),
        Row(Updaters,                                  t => new RequestChange(t.RootCause, ChangeKind.NewDueDate, Unique("Delay "), Day)),
        Row([AccountableExecutive],                    t => new DecideChange(t.ChangeRequest, false, "Not now", Stale)),
        Row(Members,                                   _ => new ListEscalations()),
        Row([RootCauseOwner, Pmo],                     t => new WriteRecoveryPlan(t.Escalation, "Extra clinics booked", Stale)),

        // ── The register and its views ──
        Row(Readers,                                   _ => new SearchRegister()),
        Row(Readers,                                   _ => new ListAllRootCauses()),
        Row(Readers,                                   _ => new ListAllActions()),
        Row(Readers,                                   _ => new ListAllEvidence()),
        Row([IsgChair, Pmo, AccountableExecutive],     _ => new ListAllSprintUpdates()),
        Row(Readers,                                   _ => new ListAllEscalations()),
        Row(Members,                                   _ => new ListRootCauseChoices()),
        Row(Members,                                   t => new ListRootCauseFindings(t.RootCause)),
        Row([IsgChair, Pmo, AccountableExecutive],     t => new GetIsgBoard(t.Isg)),
        Row([IsgChair],                                _ => new ListMyIsgs()),
        Row([AccountableExecutive, BoardMember, Pmo, TrustAdmin], _ => new GetTrustOverview()),
        Row([RootCauseOwner],                          _ => new GetMyWork()),
        Row([Pmo],                                     t => new BulkReassign([(t.RootCause, Stale)], t.Owner)),

        // ── Plan import and export, trajectory, ECIB ──
        Row([Pmo],                                     _ => new ImportPlan(new MemoryStream("isg,finding_ref\n"u8.ToArray()), "plan.csv", DryRun: true)),
        Row(Readers,                                   _ => new ExportPlan("csv")),
        Row(Readers,                                   _ => new GetTrajectory()),
        Row(Readers,                                   t => new GetTrajectoryChart(t.Isg, PriorityClass.MustDo, new DateOnly(2026, 11, 30))),
        Row([AccountableExecutive, Pmo, BoardMember],  _ => new GetEcibPack()),

        // ── Sprints ──
        Row([Pmo],                                     t => new ScheduleSprints(t.Isg, new DateOnly(2027, 1, 4))),
        Row(Assurers,                                  t => new StartSprint(t.Sprint, Stale)),
        Row(Assurers,                                  t => new CloseSprint(t.Sprint, Stale)),
        Row([IsgChair, Pmo, AccountableExecutive],     t => new GetSprintReview(t.Isg)),
        Row(Readers,                                   t => new GetBurndownPng(t.Sprint)),
        Row([RootCauseOwner],                          _ => new GetMySprintUpdates()),
        Row([RootCauseOwner],                          t => new SubmitSprintUpdates([new SprintUpdateInput(t.Sprint, t.RootCause, Stale, null,
                                                           new(RootCauseStatus.NotStarted, "", new DateOnly(2027, 6, 30)),
                                                           new(RootCauseStatus.InProgress, "Audit booked", new DateOnly(2027, 6, 30)))])),

        // ── KPIs and SPC ──
        Row(Members,                                   _ => new ListKpis()),
        Row(Members,                                   t => new GetKpi(t.Kpi)),
        Row(Members,                                   t => new GetKpiChart(t.Kpi)),
        Row(Members,                                   t => new GetKpiChartPng(t.Kpi)),
        Row(Readers,                                   _ => new GetSpcSummary()),
        Row(Assurers,                                  t => new SaveKpi(null, Kpi(t, Unique("K")))),
        Row(Assurers,                                  t => new SetKpiTarget(t.Kpi, "2026-01", 95, Stale)),
        Row(Assurers,                                  t => new ConfigureSpc(t.Kpi, [], null, false, 3, Stale)),
        Row(Assurers,                                  t => new LinkRootCauseKpi(t.RootCause, t.Kpi, Stale)),
        Row([Pmo, IsgChair, RootCauseOwner],           t => new RecordMeasurement(t.Kpi, "2026-02", 4)),
        Row([Pmo, IsgChair, RootCauseOwner],           t => new AnnotateKpi(t.Kpi, new DateOnly(2026, 1, 15), "New falls pathway started")),
        // No such note: reaching the handler's lookup is what shows the caller was let in.
        Row([Pmo, IsgChair, RootCauseOwner],           t => new RemoveKpiAnnotation(t.Kpi, Guid.NewGuid())),
        Row(Assurers,                                  t => new PushMeasurements([new MeasurementInput(t.KpiCode, "2026-01", 3.5m, null)])),
        Row(Assurers,                                  t => new UploadMeasurements($"kpi_code,period,value,note\n{t.KpiCode},2026-03,5,\n")),
        Row([IsgChair, Pmo, AccountableExecutive],     t => new ListFlaggedForReopening(t.Isg)),
        Row(Members,                                   _ => new AnalyseSeries("increase", [new SeriesPoint("2024-01", 1), new SeriesPoint("2024-02", 2)])),

        // ── Board papers ──
        Row(Readers,                                   _ => new ListGeneratedPapers()),
        Row(Readers,                                   t => new DownloadPaper(t.Paper, PaperFormat.Docx)),
        Row([Pmo],                                     _ => new GetPaperDraft(new DateOnly(2026, 10, 1))),
        Row([Pmo],                                     _ => new SavePaperDraft(new DateOnly(2026, 10, 1), Draft(), Stale)),
        Row([Pmo],                                     _ => new PreviewPaper(new DateOnly(2026, 10, 1))),
        Row(Readers,                                   _ => new ListPartnerFeedback(new DateOnly(2026, 10, 1))),
        // No such feedback: reaching the handler's lookup is what shows the caller was let in.
        Row([Pmo],                                     _ => new SavePartnerFeedback(Guid.NewGuid(), new DateOnly(2026, 11, 3), "Jo Reid, NHS England", "Good progress", null, Stale)),
        // A month that has not started: generating a paper (LibreOffice) stops at its input.
        Row([Pmo],                                     _ => new GenerateBoardPaper(new DateOnly(2099, 1, 1))),
        // A paper that is not there: regenerating one runs LibreOffice.
        Row([Pmo],                                     _ => new RegeneratePaper(Guid.NewGuid())),

        // ── Jobs: the scheduler and the command line send these as the system, never a person ──
        // A job that is not in the catalogue: running a real one here would run it across every trust.
        Row(SystemAdminOnly,                           _ => new RunJobNow("no-such-job")),
        Row(Nobody,                                    _ => new DispatchOutbox()),
        Row(Nobody,                                    _ => new RaiseEscalations()),
        Row(Nobody,                                    _ => new SendEcibPack()),
        Row(Nobody,                                    _ => new RunSprintRhythm()),
        Row(Nobody,                                    _ => new DraftMonthlyPaper()),
        Row(Nobody,                                    _ => new ApplyRetention()),
        // Accounts, sessions, invitations and the security log.
        Row(SignedIn,                                  _ => new ChangePassword("not the current password", "another long passphrase", null)),
        Row(Anyone,                                    _ => new RequestPasswordReset($"nobody.{Guid.NewGuid():N}@nowhere.example")),
        Row(Anyone,                                    _ => new ResetPassword(Guid.NewGuid(), "not-a-reset-token", "another long passphrase")),
        Row(SignedIn,                                  _ => new ListMySessions(null)),
        Row(SignedIn,                                  _ => new EndMySession(Guid.NewGuid())),
        Row(SignedIn,                                  _ => new EndMyOtherSessions(null)),
        Row(SignedIn,                                  _ => new ListMySecurityEvents()),
        Row(Anyone,                                    _ => new GetInvitationLink("not-an-invitation")),
        Row(SignedIn,                                  _ => new ListMyInvitations()),
        Row(SignedIn,                                  _ => new RespondToInvitation(null, "not-an-invitation", false)),
        Row([TrustAdmin],                              _ => new ListTrustPeople()),
        Row([TrustAdmin],                              _ => new RemoveRole(Guid.NewGuid(), BoardMember)),
        Row([TrustAdmin],                              _ => new WithdrawInvitation(Guid.NewGuid())),
        Row([TrustAdmin],                              _ => new ListTrustSecurityEvents(null, null)),
        Row(SystemAdminOnly,                           _ => new ListAllSecurityEvents(null, null)),
        Row(SystemAdminOnly,                           _ => new SearchAccounts(null)),
        Row(SystemAdminOnly,                           _ => new DisableAccount(Guid.NewGuid())),
        Row(SystemAdminOnly,                           _ => new EnableAccount(Guid.NewGuid())),
        // Subject access and erasure of someone who is not there: the access check runs, nothing is exported or erased.
        Row([TrustAdmin],                              _ => new ExportPersonData(Guid.NewGuid())),
        Row([TrustAdmin],                              _ => new ErasePerson(Guid.NewGuid())),
        Row(SystemAdminOnly,                           _ => new ExportAccountData(Guid.NewGuid())),
        Row(SystemAdminOnly,                           _ => new EraseAccount(Guid.NewGuid())),
        // Recurring jobs a trust admin runs for their own trust.
        Row(SignedIn,                                  _ => new ListRunnableJobs()),
        Row([TrustAdmin],                              _ => new RunJobForMyTrust("no-such-job")),
        // ── Oversight: organisations (SystemAdmin), grants (TrustAdmin), exit criteria (PMO), the portfolio (its users) ──
        Row(SystemAdminOnly,                           _ => new ListOversightOrganisations()),
        Row(SystemAdminOnly,                           _ => new CreateOversightOrganisation("", Domain.Oversight.OversightKind.Icb)),
        Row(SystemAdminOnly,                           _ => new AddOversightMember(Guid.NewGuid(), $"overseer.{Guid.NewGuid():N}@matrix.example", "Olive Overseer")),
        Row([TrustAdmin],                              _ => new ListOversightGrants()),
        Row([TrustAdmin],                              _ => new GrantOversight(Guid.NewGuid(), false)),
        Row([TrustAdmin],                              _ => new RevokeOversight(Guid.NewGuid())),
        Row([Pmo, IsgChair, AccountableExecutive, BoardMember, TrustAdmin], _ => new ListExitCriteria()),
        Row([Pmo],                                     _ => new SaveExitCriterion(Guid.NewGuid(), "Two good inspections", Day, Domain.Oversight.ExitCriterionStatus.NotMet, null, Stale)),
        Row(OversightOnly,                             _ => new GetPortfolio()),
        Row(OversightOnly,                             t => new DownloadPartnerPack(t.TrustId, Guid.NewGuid(), PaperFormat.Pdf)),
        Row(OversightOnly,                             t => new AddOversightFeedback(t.TrustId, Day.AddDays(1), "In the future")),
    ];

    private static RequestRow Row<TResponse>(Principal[] may, Func<Target, IRequest<TResponse>> build) =>
        new(may, build, (mediator, request) => mediator.Send((IRequest<TResponse>)request));

    private static FindingFields Finding(Target t, string reference) =>
        new(reference, "The trust must ensure…", FindingKind.MustDo, t.Isg, null, null, null, null, null, null, false, null, null);

    private static KpiFields Kpi(Target t, string code) =>
        new(code, "Falls per 1,000 bed days", null, null, ImprovementDirection.Decrease, KpiFrequency.Monthly, null, null,
            DataQuality.Sufficient, KpiKind.HighLevel, t.Isg, CqcDomain.Safe);

    private static PaperDraftFields Draft() =>
        new("Trust Board", "QIP report", new DateOnly(2026, 11, 5), "", "", "", "", Domain.BoardPapers.BoardAsk.Note, "", [], [], [],
            Domain.BoardPapers.EqualityImpactStage.Stage1, "", "", [], []);

    private static UploadEvidenceFile UploadPdf(Target t)
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        return new UploadEvidenceFile(t.RootCause, Unique("Audit "), "Checks done", "audit.pdf", pdf.Length, new MemoryStream(pdf));
    }
}
