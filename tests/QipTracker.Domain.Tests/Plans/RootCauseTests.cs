using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

public sealed class RootCauseTests
{
    // --- creation ---

    [Fact]
    public void A_new_root_cause_is_not_started_should_do_and_forecast_on_its_baseline()
    {
        var rootCause = new RootCause(Plan.Trust, "  RC-17.1 ", "  No hourly CTG review. ", Plan.Owner, Plan.Isg, Plan.Baseline);

        Assert.Equal("RC-17.1", rootCause.Reference);
        Assert.Equal("No hourly CTG review.", rootCause.Description);
        Assert.Equal(RootCauseStatus.NotStarted, rootCause.Status);
        Assert.Equal(PriorityClass.ShouldDo, rootCause.Priority);
        Assert.Equal(Plan.Baseline, rootCause.ForecastDue);
        Assert.Equal(0, rootCause.ReopenCount);
        Assert.Equal(0, rootCause.Version);
        Assert.Equal(Sbar.Empty, rootCause.Sbar);
        Assert.False(rootCause.IsWithdrawn);
    }

    [Theory]
    [InlineData("", "Description", true, true, "reference")]
    [InlineData("RC-1", " ", true, true, "description")]
    [InlineData("RC-1", "Description", false, true, "owner")]
    [InlineData("RC-1", "Description", true, false, "ISG")]
    public void A_root_cause_needs_a_reference_description_owner_and_isg(string reference, string description, bool hasOwner, bool hasIsg, string named)
    {
        var ex = Assert.Throws<DomainException>(() => new RootCause(Plan.Trust, reference, description,
            hasOwner ? Plan.Owner : Guid.Empty, hasIsg ? Plan.Isg : Guid.Empty, Plan.Baseline));
        Assert.Contains(named, ex.Message);
    }

    [Fact]
    public void A_root_cause_needs_its_trust()
    {
        Assert.Throws<DomainException>(() => new RootCause(Guid.Empty, "RC-1", "Description", Plan.Owner, Plan.Isg, Plan.Baseline));
    }

    // --- findings and priority ---

    [Theory]
    [InlineData(FindingKind.MustDo, PriorityClass.MustDo)]
    [InlineData(FindingKind.NoticeRequirement, PriorityClass.MustDo)]
    [InlineData(FindingKind.ShouldDo, PriorityClass.ShouldDo)]
    [InlineData(FindingKind.WellLedRecommendation, PriorityClass.ShouldDo)]
    public void Priority_class_follows_the_strongest_linked_finding(FindingKind kind, PriorityClass expected)
    {
        var rootCause = Plan.RootCause();

        rootCause.Answer(Plan.Finding(kind));

        Assert.Equal(expected, rootCause.Priority);
    }

    [Fact]
    public void A_should_do_answered_after_a_must_do_keeps_the_root_cause_must_do()
    {
        var rootCause = Plan.RootCause();

        rootCause.Answer(Plan.Finding(FindingKind.MustDo, "MD-17"));
        rootCause.Answer(Plan.Finding(FindingKind.ShouldDo, "SD-4"));

        Assert.Equal(PriorityClass.MustDo, rootCause.Priority);
        Assert.Equal(2, rootCause.Findings.Count);
    }

    [Fact]
    public void Answering_the_same_finding_twice_links_it_once()
    {
        var rootCause = Plan.RootCause();
        var finding = Plan.Finding(FindingKind.ShouldDo);

        rootCause.Answer(finding);
        rootCause.Answer(finding);

        var link = Assert.Single(rootCause.Findings);
        Assert.Equal((Plan.Trust, rootCause.Id, finding.Id), (link.TrustId, link.RootCauseId, link.FindingId));
    }

    [Fact]
    public void Answering_another_trusts_finding_is_refused()
    {
        var rootCause = Plan.RootCause();
        var theirs = Plan.Finding(FindingKind.MustDo, trust: Plan.OtherTrust);

        Assert.Throws<DomainException>(() => rootCause.Answer(theirs));
        Assert.Empty(rootCause.Findings);
        Assert.Equal(PriorityClass.ShouldDo, rootCause.Priority);
    }

    [Fact]
    public void Recomputing_priority_without_any_must_do_finding_lowers_it_to_should_do()
    {
        var rootCause = Plan.RootCause();
        rootCause.Answer(Plan.Finding(FindingKind.MustDo));

        rootCause.RecomputePriority([FindingKind.ShouldDo, FindingKind.WellLedRecommendation]);
        Assert.Equal(PriorityClass.ShouldDo, rootCause.Priority);

        rootCause.RecomputePriority([FindingKind.ShouldDo, FindingKind.NoticeRequirement]);
        Assert.Equal(PriorityClass.MustDo, rootCause.Priority);

        rootCause.RecomputePriority([]);
        Assert.Equal(PriorityClass.ShouldDo, rootCause.Priority);
    }

    // --- start and progress ---

    [Fact]
    public void Starting_moves_a_not_started_root_cause_into_progress()
    {
        var rootCause = Plan.RootCause();

        rootCause.Start();

        Assert.Equal(RootCauseStatus.InProgress, rootCause.Status);
    }

    [Fact]
    public void Starting_twice_is_refused()
    {
        var rootCause = Plan.RootCause();
        rootCause.Start();

        Assert.Throws<DomainException>(rootCause.Start);
        Assert.Throws<DomainException>(() => Plan.Completed().Start());
    }

    [Fact]
    public void Reporting_progress_starts_the_work_and_records_forecast_and_off_track()
    {
        var rootCause = Plan.RootCause();

        rootCause.ReportProgress(new DateOnly(2026, 7, 15), offTrack: true, on: new DateOnly(2026, 6, 1));

        Assert.Equal(RootCauseStatus.InProgress, rootCause.Status);
        Assert.Equal(new DateOnly(2026, 7, 15), rootCause.ForecastDue);
        Assert.Equal(Plan.Baseline, rootCause.BaselineDue);
        Assert.True(rootCause.ReportedOffTrack);

        rootCause.ReportProgress(Plan.Baseline, offTrack: false, on: new DateOnly(2026, 6, 1));
        Assert.False(rootCause.ReportedOffTrack);
    }

    [Fact]
    public void Off_track_since_is_the_first_day_reported_and_clears_when_back_on_track_or_completed()
    {
        var rootCause = Plan.RootCause();
        rootCause.ReportProgress(Plan.Baseline.AddDays(20), offTrack: true, on: new DateOnly(2026, 6, 1));
        rootCause.ReportProgress(Plan.Baseline.AddDays(30), offTrack: true, on: new DateOnly(2026, 6, 15));
        Assert.Equal(new DateOnly(2026, 6, 1), rootCause.OffTrackSince);

        rootCause.ReportProgress(Plan.Baseline, offTrack: false, on: new DateOnly(2026, 6, 20));
        Assert.Null(rootCause.OffTrackSince);

        rootCause.ReportProgress(Plan.Baseline, offTrack: true, on: new DateOnly(2026, 6, 22));
        Assert.Equal(new DateOnly(2026, 6, 22), rootCause.OffTrackSince);
        rootCause.AddEvidence(Plan.NoteFor(rootCause));
        rootCause.MarkCompleted(new DateOnly(2026, 6, 25));
        Assert.Null(rootCause.OffTrackSince);
        Assert.False(rootCause.ReportedOffTrack);
    }

    [Fact]
    public void Delivered_work_cannot_be_reported_off_track()
    {
        var rootCause = Plan.Completed();

        rootCause.ReportProgress(new DateOnly(2026, 7, 1), offTrack: true, on: new DateOnly(2026, 6, 1));

        Assert.False(rootCause.ReportedOffTrack);
        Assert.Equal(RootCauseStatus.Completed, rootCause.Status);
    }

    // --- completion: close the loop ---

    [Fact]
    public void Completing_without_evidence_is_refused()
    {
        var rootCause = Plan.RootCause();
        rootCause.Start();

        var ex = Assert.Throws<DomainException>(() => rootCause.MarkCompleted(new DateOnly(2026, 5, 20)));

        Assert.Contains("evidence", ex.Message);
        Assert.Equal(RootCauseStatus.InProgress, rootCause.Status);
        Assert.Null(rootCause.CompletedOn);
    }

    [Fact]
    public void Completing_with_evidence_records_the_date_and_clears_off_track_and_review_comment()
    {
        var rootCause = Plan.Completed();
        rootCause.SendBack("Audit covers days only; show nights too.", Plan.Chair, new DateOnly(2026, 5, 30));
        rootCause.ReportProgress(new DateOnly(2026, 7, 1), offTrack: true, on: new DateOnly(2026, 6, 1));

        rootCause.MarkCompleted(new DateOnly(2026, 6, 12));

        Assert.Equal(RootCauseStatus.Completed, rootCause.Status);
        Assert.Equal(new DateOnly(2026, 6, 12), rootCause.CompletedOn);
        Assert.False(rootCause.ReportedOffTrack);
        Assert.Null(rootCause.ReviewComment);
    }

    [Fact]
    public void Completing_again_is_refused()
    {
        Assert.Throws<DomainException>(() => Plan.Completed().MarkCompleted(new DateOnly(2026, 6, 1)));
        Assert.Throws<DomainException>(() => Plan.Assured().MarkCompleted(new DateOnly(2026, 6, 1)));
        Assert.Throws<DomainException>(() => Plan.Embedded().MarkCompleted(new DateOnly(2026, 6, 1)));
    }

    [Fact]
    public void Evidence_of_another_root_cause_cannot_be_attached()
    {
        var rootCause = Plan.RootCause();
        var other = Plan.RootCause("RC-9.2");

        Assert.Throws<DomainException>(() => rootCause.AddEvidence(Plan.NoteFor(other)));
        Assert.Empty(rootCause.Evidence);
    }

    [Fact]
    public void Evidence_of_another_trust_cannot_be_attached()
    {
        var rootCause = Plan.RootCause();
        var foreign = Evidence.Note(Plan.OtherTrust, rootCause.Id, "Their audit", "Their results", Plan.Owner, Plan.Now);

        Assert.Throws<DomainException>(() => rootCause.AddEvidence(foreign));
        Assert.Empty(rootCause.Evidence);
    }

    // --- assurance ---

    [Fact]
    public void The_chair_assures_a_completed_root_cause()
    {
        var rootCause = Plan.Completed();

        rootCause.Assure(Plan.Chair, byChairOrPmo: true, new DateOnly(2026, 5, 28));

        Assert.Equal(RootCauseStatus.Assured, rootCause.Status);
        Assert.Equal(new DateOnly(2026, 5, 28), rootCause.AssuredOn);
        Assert.Equal(Plan.Chair, rootCause.AssuredBy);
    }

    [Fact]
    public void Only_the_chair_or_pmo_can_assure()
    {
        var rootCause = Plan.Completed();

        var ex = Assert.Throws<DomainException>(() => rootCause.Assure(Plan.Owner, byChairOrPmo: false, new DateOnly(2026, 5, 28)));

        Assert.Contains("chair or the PMO", ex.Message);
        Assert.Equal(RootCauseStatus.Completed, rootCause.Status);
        Assert.Null(rootCause.AssuredBy);
    }

    [Fact]
    public void Only_a_completed_root_cause_can_be_assured()
    {
        var notStarted = Plan.RootCause();
        var inProgress = Plan.RootCause();
        inProgress.Start();

        Assert.Throws<DomainException>(() => notStarted.Assure(Plan.Chair, true, new DateOnly(2026, 5, 28)));
        Assert.Throws<DomainException>(() => inProgress.Assure(Plan.Chair, true, new DateOnly(2026, 5, 28)));
        Assert.Throws<DomainException>(() => Plan.Assured().Assure(Plan.Chair, true, new DateOnly(2026, 5, 29)));
        Assert.Throws<DomainException>(() => Plan.Embedded().Assure(Plan.Chair, true, new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Sending_back_returns_the_work_to_the_owner_with_the_chairs_comment()
    {
        var rootCause = Plan.Completed();

        rootCause.SendBack("  Audit covers days only; show nights too. ", Plan.Chair, new DateOnly(2026, 5, 30));

        Assert.Equal(RootCauseStatus.InProgress, rootCause.Status);
        Assert.Null(rootCause.CompletedOn);
        Assert.Equal("Audit covers days only; show nights too.", rootCause.ReviewComment);
        Assert.Equal((new DateOnly(2026, 5, 30), Plan.Chair), (rootCause.SentBackOn, rootCause.SentBackBy));
        Assert.Single(rootCause.Evidence); // the evidence stays for the owner to add to
    }

    [Fact]
    public void Sent_back_work_stays_flagged_while_the_owner_reports_progress_until_it_is_completed_again()
    {
        var rootCause = Plan.Completed();
        Assert.Equal(RootCauseState.AwaitingAssurance, rootCause.State);

        rootCause.SendBack("Show nights too.", Plan.Chair, new DateOnly(2026, 5, 30));
        Assert.Equal(RootCauseState.SentBack, rootCause.State);
        rootCause.ReportProgress(new DateOnly(2026, 6, 20), offTrack: false, on: new DateOnly(2026, 6, 1));
        Assert.Equal(RootCauseState.SentBack, rootCause.State);

        rootCause.MarkCompleted(new DateOnly(2026, 6, 12));
        Assert.Equal(RootCauseState.AwaitingAssurance, rootCause.State);
    }

    [Theory]
    [InlineData(RootCauseStatus.NotStarted, false, RootCauseState.NotStarted)]
    [InlineData(RootCauseStatus.InProgress, false, RootCauseState.InProgress)]
    [InlineData(RootCauseStatus.InProgress, true, RootCauseState.SentBack)]
    [InlineData(RootCauseStatus.Completed, false, RootCauseState.AwaitingAssurance)]
    [InlineData(RootCauseStatus.Assured, false, RootCauseState.Assured)]
    [InlineData(RootCauseStatus.Embedded, false, RootCauseState.Embedded)]
    public void One_state_vocabulary_tells_sent_back_work_apart(RootCauseStatus status, bool sentBack, RootCauseState expected)
    {
        Assert.Equal(expected, RootCauseStates.Of(status, sentBack));
    }

    [Fact]
    public void Sending_back_needs_a_reason_and_a_completed_root_cause()
    {
        var completed = Plan.Completed();
        var inProgress = Plan.RootCause();
        inProgress.Start();

        Assert.Throws<DomainException>(() => completed.SendBack(" ", Plan.Chair, new DateOnly(2026, 5, 30)));
        Assert.Throws<DomainException>(() => completed.SendBack("Who says?", Guid.Empty, new DateOnly(2026, 5, 30)));
        Assert.Equal(RootCauseStatus.Completed, completed.Status);
        Assert.Throws<DomainException>(() => inProgress.SendBack("Not ready", Plan.Chair, new DateOnly(2026, 5, 30)));
        Assert.Throws<DomainException>(() => Plan.Assured().SendBack("Changed my mind", Plan.Chair, new DateOnly(2026, 5, 30)));
    }

    // --- embedding ---

    [Fact]
    public void An_assured_root_cause_is_embedded_once_its_kpi_has_sustained_the_result()
    {
        var rootCause = Plan.Assured();

        rootCause.Embed(Plan.Sustained, new DateOnly(2026, 8, 31));

        Assert.Equal(RootCauseStatus.Embedded, rootCause.Status);
        Assert.Equal(new DateOnly(2026, 8, 31), rootCause.EmbeddedOn);
    }

    [Fact]
    public void Embedding_without_a_sustained_kpi_is_refused_with_the_rules_reason()
    {
        var rootCause = Plan.Assured();
        var kpi = new Kpi(Plan.Trust, "CTG-1", "Hourly CTG reviews done", KpiKind.RootCause, ImprovementDirection.Increase, KpiFrequency.Monthly);
        var verdict = SustainedImprovement.Judge(kpi, [new KpiValue(new DateOnly(2026, 6, 1), 94m)], rootCause.CompletedOn!.Value);

        var ex = Assert.Throws<DomainException>(() => rootCause.Embed(verdict, new DateOnly(2026, 8, 31)));

        Assert.False(verdict.Sustained);
        Assert.Contains(verdict.Explanation, ex.Message);
        Assert.Equal(RootCauseStatus.Assured, rootCause.Status);
        Assert.Null(rootCause.EmbeddedOn);
    }

    [Fact]
    public void Only_an_assured_root_cause_can_be_embedded()
    {
        var inProgress = Plan.RootCause();
        inProgress.Start();

        Assert.Throws<DomainException>(() => Plan.RootCause().Embed(Plan.Sustained, new DateOnly(2026, 8, 31)));
        Assert.Throws<DomainException>(() => inProgress.Embed(Plan.Sustained, new DateOnly(2026, 8, 31)));
        Assert.Throws<DomainException>(() => Plan.Completed().Embed(Plan.Sustained, new DateOnly(2026, 8, 31)));
        Assert.Throws<DomainException>(() => Plan.Embedded().Embed(Plan.Sustained, new DateOnly(2026, 9, 30)));
    }

    // --- reopening ---

    public static TheoryData<string> Delivered => new() { "Assured", "Embedded" };

    [Theory]
    [MemberData(nameof(Delivered))]
    public void Reopening_counts_records_the_reason_and_clears_completion(string from)
    {
        var rootCause = from == "Assured" ? Plan.Assured() : Plan.Embedded();

        rootCause.Reopen("  CTG review compliance fell to 71% in September. ");

        Assert.Equal(RootCauseStatus.InProgress, rootCause.Status);
        Assert.Equal(1, rootCause.ReopenCount);
        Assert.Equal("CTG review compliance fell to 71% in September.", rootCause.LastReopenReason);
        Assert.Null(rootCause.CompletedOn);
        Assert.Null(rootCause.AssuredOn);
        Assert.Null(rootCause.AssuredBy);
        Assert.Null(rootCause.EmbeddedOn);
    }

    [Fact]
    public void Each_reopening_is_counted()
    {
        var rootCause = Plan.Assured();
        rootCause.Reopen("KPI slipped in June");
        rootCause.MarkCompleted(new DateOnly(2026, 7, 10));
        rootCause.Assure(Plan.Chair, true, new DateOnly(2026, 7, 14));

        rootCause.Reopen("KPI slipped again in August");

        Assert.Equal(2, rootCause.ReopenCount);
        Assert.Equal("KPI slipped again in August", rootCause.LastReopenReason);
    }

    [Fact]
    public void Only_assured_or_embedded_root_causes_can_be_reopened()
    {
        var inProgress = Plan.RootCause();
        inProgress.Start();

        Assert.Throws<DomainException>(() => Plan.RootCause().Reopen("KPI slipped"));
        Assert.Throws<DomainException>(() => inProgress.Reopen("KPI slipped"));
        Assert.Throws<DomainException>(() => Plan.Completed().Reopen("KPI slipped"));
    }

    [Fact]
    public void Reopening_needs_a_reason()
    {
        var rootCause = Plan.Assured();

        Assert.Throws<DomainException>(() => rootCause.Reopen(""));
        Assert.Equal(RootCauseStatus.Assured, rootCause.Status);
        Assert.Equal(0, rootCause.ReopenCount);
    }

    // --- withdrawal ---

    [Fact]
    public void A_withdrawn_root_cause_refuses_updates()
    {
        var rootCause = Plan.RootCause();
        rootCause.AddEvidence(Plan.NoteFor(rootCause));
        rootCause.Withdraw(new DateOnly(2026, 4, 1));

        Assert.True(rootCause.IsWithdrawn);
        Assert.Equal(new DateOnly(2026, 4, 1), rootCause.WithdrawnOn);
        Assert.Throws<DomainException>(rootCause.Start);
        Assert.Throws<DomainException>(() => rootCause.ReportProgress(new DateOnly(2026, 7, 1), offTrack: true, on: new DateOnly(2026, 6, 1)));
        Assert.Throws<DomainException>(() => rootCause.MarkCompleted(new DateOnly(2026, 4, 2)));
        Assert.Throws<DomainException>(() => rootCause.AddEvidence(Plan.NoteFor(rootCause)));
        Assert.Throws<DomainException>(() => rootCause.WriteSbar(new Sbar("S", "B", "A", "R")));
        Assert.Throws<DomainException>(() => rootCause.Withdraw(new DateOnly(2026, 4, 2)));
        Assert.Equal(RootCauseStatus.NotStarted, rootCause.Status);
        Assert.Single(rootCause.Evidence);
        Assert.Equal(Sbar.Empty, rootCause.Sbar);
    }

    [Fact]
    public void A_completed_root_cause_withdrawn_from_the_plan_cannot_be_assured_sent_back_or_embedded()
    {
        var completed = Plan.Completed();
        completed.Withdraw(new DateOnly(2026, 5, 21));
        var assured = Plan.Assured();
        assured.Withdraw(new DateOnly(2026, 5, 29));

        Assert.Throws<DomainException>(() => completed.Assure(Plan.Chair, true, new DateOnly(2026, 5, 28)));
        Assert.Throws<DomainException>(() => completed.SendBack("Evidence too thin", Plan.Chair, new DateOnly(2026, 5, 30)));
        Assert.Throws<DomainException>(() => assured.Embed(Plan.Sustained, new DateOnly(2026, 8, 31)));
        Assert.Throws<DomainException>(() => assured.Reopen("KPI slipped"));
        Assert.Equal(RootCauseStatus.Completed, completed.Status);
        Assert.Equal(RootCauseStatus.Assured, assured.Status);
    }

    [Fact]
    public void A_withdrawn_root_cause_keeps_its_owner_isg_baseline_kpi_and_findings()
    {
        var finding = Plan.Finding(FindingKind.MustDo);
        var rootCause = Plan.RootCause();
        rootCause.Answer(finding);
        rootCause.Withdraw(new DateOnly(2026, 4, 1));

        Assert.Throws<DomainException>(() => rootCause.Reassign(Guid.NewGuid()));
        Assert.Throws<DomainException>(() => rootCause.MoveTo(Guid.NewGuid()));
        Assert.Throws<DomainException>(() => rootCause.Rebaseline(Plan.Baseline.AddDays(30)));
        Assert.Throws<DomainException>(() => rootCause.LinkKpi(Guid.NewGuid()));
        Assert.Throws<DomainException>(() => rootCause.Answer(Plan.Finding(FindingKind.ShouldDo, "SD-3")));
        var ex = Assert.Throws<DomainException>(() => rootCause.StopAnswering(finding.Id));
        Assert.Contains("withdrawn", ex.Message);
        Assert.Equal((Plan.Owner, Plan.Isg, Plan.Baseline, (Guid?)null), (rootCause.OwnerId, rootCause.IsgId, rootCause.BaselineDue, rootCause.KpiId));
        Assert.Single(rootCause.Findings);
    }

    [Fact]
    public void A_withdrawn_root_cause_is_never_overdue()
    {
        var rootCause = Plan.RootCause();
        rootCause.Withdraw(new DateOnly(2026, 4, 1));

        Assert.False(rootCause.IsOverdue(new DateOnly(2027, 1, 1)));
    }

    // --- overdue and RAG as the entity reports them ---

    [Fact]
    public void Overdue_means_undelivered_after_the_baseline_due_date()
    {
        var rootCause = Plan.RootCause();

        Assert.False(rootCause.IsOverdue(Plan.Baseline));
        Assert.True(rootCause.IsOverdue(Plan.Baseline.AddDays(1)));
        Assert.False(Plan.Completed().IsOverdue(Plan.Baseline.AddDays(1)));
        Assert.False(Plan.Assured().IsOverdue(Plan.Baseline.AddDays(100)));
    }

    [Fact]
    public void Rebaselining_an_approved_change_moves_the_date_that_overdue_is_measured_from()
    {
        var rootCause = Plan.RootCause();
        rootCause.Rebaseline(new DateOnly(2026, 9, 30));

        Assert.False(rootCause.IsOverdue(new DateOnly(2026, 7, 1)));
        Assert.Equal(Rag.Green, rootCause.RagOn(new DateOnly(2026, 7, 1)));
    }

    [Fact]
    public void The_root_causes_rag_follows_its_own_state()
    {
        var rootCause = Plan.RootCause();
        var today = new DateOnly(2026, 4, 1);

        Assert.Equal(Rag.Green, rootCause.RagOn(today));
        rootCause.LinkKpi(Guid.NewGuid());
        rootCause.ReadKpi(notImproving: true);
        Assert.Equal(Rag.Amber, rootCause.RagOn(today));
        rootCause.ReadKpi(notImproving: false);
        rootCause.ReportProgress(Plan.Baseline.AddDays(14), offTrack: false, on: new DateOnly(2026, 6, 1));
        Assert.Equal(Rag.Amber, rootCause.RagOn(today));
        rootCause.ReportProgress(Plan.Baseline, offTrack: true, on: new DateOnly(2026, 6, 1));
        Assert.Equal(Rag.Red, rootCause.RagOn(today));
        Assert.Equal(Rag.Blue, Plan.Assured().RagOn(today));
    }

    // --- plan changes ---

    [Fact]
    public void Plan_changes_keep_an_owner_an_isg_and_a_description()
    {
        var rootCause = Plan.RootCause();
        var newOwner = Guid.NewGuid();
        var newIsg = Guid.NewGuid();

        rootCause.Reassign(newOwner);
        rootCause.MoveTo(newIsg);
        rootCause.Redescribe(" Night-shift CTG reviews are not protected. ");

        Assert.Equal((newOwner, newIsg, "Night-shift CTG reviews are not protected."), (rootCause.OwnerId, rootCause.IsgId, rootCause.Description));
        Assert.Throws<DomainException>(() => rootCause.Reassign(Guid.Empty));
        Assert.Throws<DomainException>(() => rootCause.MoveTo(Guid.Empty));
        Assert.Throws<DomainException>(() => rootCause.Redescribe(""));
        Assert.Equal((newOwner, newIsg), (rootCause.OwnerId, rootCause.IsgId));
    }

    [Fact]
    public void The_sbar_and_kpi_link_are_kept_as_written()
    {
        var rootCause = Plan.RootCause();
        var sbar = new Sbar("Missed reviews at night", "Rota gaps since 2024", "Risk of missed deterioration", "Protected review time");
        var kpi = Guid.NewGuid();

        rootCause.WriteSbar(sbar);
        rootCause.LinkKpi(kpi);

        Assert.Equal(sbar, rootCause.Sbar);
        Assert.Equal(kpi, rootCause.KpiId);
        rootCause.LinkKpi(null);
        Assert.Null(rootCause.KpiId);
    }

    [Fact]
    public void Without_a_kpi_nothing_says_it_is_not_improving()
    {
        var rootCause = Plan.RootCause();
        rootCause.ReadKpi(notImproving: true);
        Assert.False(rootCause.KpiNotImproving);

        rootCause.LinkKpi(Guid.NewGuid());
        rootCause.ReadKpi(notImproving: true);
        Assert.True(rootCause.KpiNotImproving);
        rootCause.LinkKpi(rootCause.KpiId);   // the same KPI again: its chart still says so
        Assert.True(rootCause.KpiNotImproving);
        rootCause.LinkKpi(Guid.NewGuid());    // another KPI: unknown until its chart is read
        Assert.False(rootCause.KpiNotImproving);
        rootCause.ReadKpi(notImproving: true);
        rootCause.LinkKpi(null);
        Assert.False(rootCause.KpiNotImproving);
    }

    [Theory]
    [InlineData(RootCauseStatus.NotStarted, false)]
    [InlineData(RootCauseStatus.InProgress, false)]
    [InlineData(RootCauseStatus.Completed, true)]
    [InlineData(RootCauseStatus.Assured, true)]
    [InlineData(RootCauseStatus.Embedded, true)]
    public void Completed_and_later_count_as_delivered(RootCauseStatus status, bool delivered)
    {
        Assert.Equal(delivered, status.IsDelivered());
        // The status check the transitions use and the rule every figure counts by must say the same of a live root cause.
        var rootCause = new RootCause(Plan.Trust, "RC-1", "Description", Plan.Owner, Plan.Isg, Plan.Baseline);
        typeof(RootCause).GetProperty(nameof(RootCause.Status))!.SetValue(rootCause, status);
        Assert.Equal((delivered, !delivered), (rootCause.IsDelivered, rootCause.IsOpen));
    }
}
