using System.Globalization;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Reporting;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Tests.BoardPapers;
using QipTracker.Web.Application;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Trajectory;
using QipTracker.Web.Features.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>
/// Last month's paper for a trust with a month of delivery: the PMO's draft, the generated Word and PDF
/// checked against the trajectory for the month end, and the paper regenerated from its frozen data after
/// the plan has moved on. LibreOffice runs twice here (generate, regenerate): keep it that way.
/// </summary>
public abstract class BoardPaperTests(QipAppFactory app)
{
    private DateOnly LastMonth => PaperMonth.Of(app.Clock.Today()).AddMonths(-1);

    private async Task<(WordDocument Docx, byte[] Pdf, string Json)> DownloadAsync(TestTrust trust, Guid paperId, TrustRole role = TrustRole.BoardMember)
    {
        async Task<byte[]> Bytes(PaperFormat format)
        {
            var file = await app.SendAs(trust, role, new DownloadPaper(paperId, format));
            await using var content = file.Content;
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            return buffer.ToArray();
        }
        return (new WordDocument(await Bytes(PaperFormat.Docx)), await Bytes(PaperFormat.Pdf), System.Text.Encoding.UTF8.GetString(await Bytes(PaperFormat.Json)));
    }

    [Fact]
    public async Task Last_months_paper_shows_the_draft_and_the_trajectorys_figures_and_regenerates_identically_after_the_plan_moves_on()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Pap {Guid.NewGuid():N}"[..11]);
        var month = LastMonth;
        var asAt = ReportingPeriods.MonthEnd(month);
        var data = await PaperData.ArrangeAsync(app, trust, month);

        await app.SendAs(trust, TrustRole.TrustAdmin, new SetPaperLists(["Safest and kindest care"], ["BAF 3: Failure to meet CQC fundamental standards"]));
        var draft = await app.SendAs(trust, TrustRole.Pmo, new GetPaperDraft(month));
        Assert.Equal(["BAF 3: Failure to meet CQC fundamental standards"], draft.BafOptions);
        // 2 of 4 planned root causes done and 2 overdue with no recovery plan: the honest ask is to receive and discuss.
        Assert.Equal(BoardAsk.Receive, draft.Proposal.Ask);
        Assert.Equal(BoardAsk.Receive, draft.Fields.BoardAskedTo);
        Assert.Equal("Delivery is at 50.0% of trajectory, below 75.0%: the board should discuss the recovery in depth; " +
                     "2 items off track or overdue, 0 with a recovery plan.", draft.Proposal.Reason);
        await app.SendAs(trust, TrustRole.Pmo, new SavePaperDraft(month, draft.Fields with
        {
            ResponsibleDirector = "Dr Ada Okafor, Chief Nurse",
            Author = "Sam Patel, Head of PMO",
            BafRisks = ["BAF 3: Failure to meet CQC fundamental standards"],
            StrategicObjectives = ["Safest and kindest care"],
            PreviouslyConsideredBy = "Executive Continuous Improvement Board",
            IsgCommentaries = [new IsgCommentary(trust.IsgId, "Medicines storage is back on track after the fridge replacement.")],
        }, draft.Version));

        var paper = await app.SendAs(trust, TrustRole.Pmo, new GenerateBoardPaper(month));
        Assert.Equal((month, GeneratedPaperKind.BoardPaper, trust[TrustRole.Pmo].DisplayName), (paper.Month, paper.Kind, paper.GeneratedBy));
        var (docx, pdf, json) = await DownloadAsync(trust, paper.Id);
        var trajectory = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(asAt));
        var monthBefore = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(ReportingPeriods.MonthEnd(month.AddMonths(-1))));

        var cover = PaperAssert.Cover(docx);
        Assert.Equal("Trust Board (Public)", cover["Meeting"]);
        Assert.Equal($"Quality Improvement Plan: progress report {PaperMonth.Label(month)}", cover["Paper title"]);
        Assert.Equal(PaperLabels.Date(PaperMonth.FirstThursdayAfter(month)), cover["Meeting date"]);
        Assert.Equal(PaperLabels.Date(app.Clock.Today()), cover["Date written"]);
        Assert.Equal("Dr Ada Okafor, Chief Nurse", cover["Responsible director"]);
        Assert.Equal("Sam Patel, Head of PMO", cover["Author"]);
        Assert.Equal("Executive Continuous Improvement Board", cover["Previously considered by"]);
        // The real form's row of options, the PMO's choice ticked, and why.
        Assert.Equal(["☐ Approve", "☒ Receive", "☐ Note", "☐ Take assurance"], docx.Tables[1].Rows[0]);
        Assert.Contains("Delivery is at 50.0% of trajectory, below 75.0%", docx.Text);
        Assert.Equal("☒ Safe   ☒ Effective   ☒ Caring   ☒ Responsive   ☒ Well-led", cover["Linked CQC domains"]);   // the findings name no domain: all five
        Assert.Equal("☒ Safest and kindest care", cover["Strategic objectives"]);
        Assert.Equal("BAF 3: Failure to meet CQC fundamental standards", cover["Board Assurance Framework risks"]);
        Assert.StartsWith("◉ Stage 1 only", cover["Equality Impact Assessment"]);
        Assert.Equal("Can be published", cover["FOI status"]);
        var mustDo = trajectory.For(null, PriorityClass.MustDo)!;
        Assert.StartsWith($"At the end of {PaperLabels.Month(asAt)}, {mustDo.CompletedToDate} Must Do and ", cover["Executive summary"]);

        PaperAssert.HasSections(docx);
        Assert.Equal(["3: 3.2.1 Unscheduled Care", "3: 3.2.2 Well-led"], docx.Headings("Heading3").Where(h => h.StartsWith("3: 3.2.", StringComparison.Ordinal)));
        PaperAssert.DeliveryMatchesTrajectory(docx, trajectory, monthBefore);
        PaperAssert.ChartsHaveAltText(docx, ["Unscheduled Care", "Well-led"]);
        // The recommendation as the real paper writes it: a list of Note / Approve items.
        Assert.Contains("The Trust Board is asked to:", docx.Text);
        Assert.Contains("Receive and discuss the delivery of the Quality Improvement Plan against the approved trajectory", docx.Text);

        // The PMO's words where they wrote them; elsewhere the commentary drafted from the ISG's figures.
        Assert.Contains("Medicines storage is back on track after the fridge replacement.", docx.Text);
        var overdueDays = asAt.DayNumber - month.AddDays(18).DayNumber;
        var drafted = (await app.SendAs(trust, TrustRole.Pmo, new GetPaperDraft(month))).Isgs.Single(i => i.IsgId == data.WellLedIsgId).Drafted;
        Assert.StartsWith("Well-led closed ", drafted);
        Assert.Contains($"1 of 2 Should Do root causes (50.0%)", drafted);
        Assert.Contains($"1 item is overdue, by {overdueDays} days (0 of 1 with a recovery plan); no change requests were approved this month.", drafted);
        Assert.Contains(drafted, docx.Text);

        var background = docx.Text;
        Assert.Contains($"The trust was rated Requires improvement overall. The report set out 2 Must Do and 1 Should Do findings.", background);
        Assert.Equal(["Section 29A warning notice", PaperLabels.ShortDate(month.AddMonths(-7)), "Governance of medicines must improve."],
            docx.TableHeaded("Notice", "Received").Rows[1]);
        // Well-led by KLOE: what was completed, its impact (the evidence) and the next steps.
        Assert.Contains("W4: Are there clear responsibilities, roles and systems of accountability to support good governance and management?", docx.Text);
        var kloe = docx.TableHeaded("Root cause", "Completed this month", "Impact", "Next steps");
        var done = kloe.Rows.Single(r => r[0].StartsWith("RC-201", StringComparison.Ordinal));
        Assert.Contains("Board governance review", done[1]);
        Assert.Contains("Compliance above 95% for eight weeks", done[2]);
        Assert.Contains("Committee terms of reference", kloe.Rows.Single(r => r[0].StartsWith("RC-202", StringComparison.Ordinal))[3]);
        // Exceptions: the longest overdue in the body, every one in the appendix.
        var listed = docx.Tables.Where(t => t.Rows[0].Contains("Ref") && t.Rows[0].Contains("Item")).SelectMany(t => t.Rows.Skip(1))
            .Select(r => r.First(c => c.StartsWith("RC-", StringComparison.Ordinal))).ToList();
        Assert.Equal(["RC-102", "RC-102", "RC-202", "RC-202"], listed.Where(r => r is "RC-102" or "RC-202").Order());
        Assert.Contains("Due date moved to", docx.TableHeaded("Ref", "Change").Row("RC-102")[2]);

        var text = PdfDocumentText.Read(pdf);
        text.AssertInOrder($"Quality Improvement Plan: progress report {PaperMonth.Label(month)}", "Cover sheet", "1 Situation", "2 Background",
            "3 Assessment", "3.1 Delivery against trajectory", "3.2 Progress by improvement steering group", "3.3 Well-led plan by KLOE",
            "3.4 Key performance indicators (SPC)", "3.5 Exceptions", "3.6 Change requests approved", "4 Recommendation");
        var unscheduled = trajectory.Series.Single(s => s.IsgId == trust.IsgId && s.Priority == PriorityClass.MustDo);
        Assert.Contains($"{unscheduled.CompletedToDate} Must Do root causes had been closed against a target of {unscheduled.PlannedToDate} " +
                        $"({PaperLabels.Percent(unscheduled.PercentToDate)} of trajectory", text.Text);

        // The plan moves on: RC-102 is completed, back-dated into the month. Today's trajectory counts it in that month…
        await data.CompleteOverdueAsync(app, trust, month.AddDays(25));
        var today = await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory());
        Assert.Equal(trajectory.Total.CompletedToDate + 1, today.Total.Points.Single(p => p.PeriodEnd == asAt).Completed);
        // …while the trajectory as at the month end still says what it said then.
        Assert.Equal(trajectory.Total.CompletedToDate, (await app.SendAs(trust, TrustRole.Pmo, new GetTrajectory(asAt))).Total.CompletedToDate);

        // …but the paper rebuilt from its frozen data shows what the board saw.
        app.Clock.Advance(TimeSpan.FromMinutes(1));   // so the history's newest-first order is certain
        var again = await app.SendAs(trust, TrustRole.Pmo, new RegeneratePaper(paper.Id));
        Assert.Equal((paper.Id, month, GeneratedPaperKind.BoardPaper), (again.RegeneratedFrom!.Value, again.Month, again.Kind));
        var (docx2, pdf2, json2) = await DownloadAsync(trust, again.Id);
        Assert.Equal(json, json2);
        Assert.Equal(BoardPaperJson.Deserialize(json), BoardPaperJson.Deserialize(json2));
        PaperAssert.DeliveryMatchesTrajectory(docx2, trajectory, monthBefore);
        Assert.Equal(docx.Text, docx2.Text);
        Assert.Equal(text.Text, PdfDocumentText.Read(pdf2).Text);
        Assert.Equal([again.Id, paper.Id], (await app.SendAs(trust, TrustRole.IsgChair, new ListGeneratedPapers(month))).Select(p => p.Id));
    }

    [Fact]
    public async Task A_draft_starts_from_sensible_defaults_then_from_the_trusts_last_paper_and_a_stale_save_is_a_conflict()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Dft {Guid.NewGuid():N}"[..11]);
        var month = LastMonth;
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new GetPaperDraft(month)));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new GenerateBoardPaper(month)));
        var future = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new GetPaperDraft(month.AddMonths(2))));
        Assert.Contains("has not started yet", future.Errors["Month"][0]);

        var fresh = await app.SendAs(trust, TrustRole.Pmo, new GetPaperDraft(month));
        Assert.Null(fresh.Version);
        Assert.Equal(($"Quality Improvement Plan: progress report {PaperMonth.Label(month)}", PaperMonth.FirstThursdayAfter(month)),
            (fresh.Fields.PaperTitle, fresh.Fields.MeetingDate));
        Assert.Equal(DayOfWeek.Thursday, fresh.Fields.MeetingDate.DayOfWeek);
        Assert.Equal((trust[TrustRole.Pmo].DisplayName, trust[TrustRole.AccountableExecutive].DisplayName), (fresh.Fields.Author, fresh.Fields.ResponsibleDirector));
        Assert.Equal(("Trust Board (Public)", "Can be published"), (fresh.Fields.Meeting, fresh.Fields.FoiStatus));
        // Nothing planned and nothing off track: assurance is what the data supports, and a new draft starts there.
        Assert.Equal((BoardAsk.TakeAssurance, BoardAsk.TakeAssurance), (fresh.Proposal.Ask, fresh.Fields.BoardAskedTo));
        Assert.Empty(fresh.Fields.Recommendations);
        Assert.Equal(BoardAsk.TakeAssurance, fresh.DraftedRecommendation[0].Verb);

        // BAF risks are chosen from the trust's list: one not on it is refused, naming it.
        var unknown = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new SavePaperDraft(month, fresh.Fields with { BafRisks = ["BAF 9"] }, null)));
        Assert.Contains("'BAF 9' is not on the trust's list", unknown.Errors["Fields.BafRisks"][0]);
        await app.SendAs(trust, TrustRole.Pmo, new SetPaperLists([], ["BAF 3", "BAF 7"]));
        Assert.StartsWith("Unscheduled Care ", Assert.Single(fresh.Isgs).Drafted);
        Assert.Null(fresh.Isgs[0].Commentary);

        var saved = await app.SendAs(trust, TrustRole.Pmo, new SavePaperDraft(month, fresh.Fields with
        {
            Meeting = "Trust Board (Part 1)",
            ExecutiveSummary = "Delivery is behind plan in one ISG.",
            BafRisks = ["BAF 3", " ", "BAF 7"],
            IsgCommentaries = [new IsgCommentary(trust.IsgId, "  Our words.  "), new IsgCommentary(Guid.NewGuid(), "Not an ISG of ours")],
        }, null));
        Assert.Equal(["BAF 3", "BAF 7"], saved.Fields.BafRisks);
        Assert.Equal("Our words.", Assert.Single(saved.Isgs).Commentary);
        Assert.NotNull(saved.Version);
        // Someone else saved first: a save from the unsaved draft, or from the old version, is refused.
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo, new SavePaperDraft(month, fresh.Fields, null)));
        await app.SendAs(trust, TrustRole.Pmo, new SavePaperDraft(month, saved.Fields with { Author = "A. N. Other" }, saved.Version));
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo, new SavePaperDraft(month, saved.Fields, saved.Version)));
        Assert.Equal("A. N. Other", (await app.SendAs(trust, TrustRole.Pmo, new GetPaperDraft(month))).Fields.Author);

        // The next month starts from this one's cover sheet, never from its judgement.
        var next = await app.SendAs(trust, TrustRole.Pmo, new GetPaperDraft(month.AddMonths(1)));
        Assert.Null(next.Version);
        Assert.Equal(("Trust Board (Part 1)", "A. N. Other"), (next.Fields.Meeting, next.Fields.Author));
        Assert.Equal(["BAF 3", "BAF 7"], next.Fields.BafRisks);
        Assert.Equal("", next.Fields.ExecutiveSummary);
        Assert.Empty(next.Fields.IsgCommentaries);
        Assert.Null(Assert.Single(next.Isgs).Commentary);

        // The preview is the whole paper, laid out as the document is, with the PMO's words.
        var html = await app.SendAs(trust, TrustRole.Pmo, new PreviewPaper(month));
        foreach (var section in new[] { "<h2>Cover sheet</h2>", "<h2>1 Situation</h2>", "<h3>3.1 Delivery against trajectory</h3>", "<h2>4 Recommendation</h2>" })
            Assert.Contains(section, html);
        Assert.Contains("Delivery is behind plan in one ISG.", html);
        Assert.Contains("Our words.", html);
        Assert.Contains("<h2>Appendix A: Exceptions in full</h2>", html);
        Assert.Contains("alt=\"Line chart of cumulative root causes", html);
    }
}

[Collection(OnSqlite.Name)]
public sealed class BoardPaperOnSqlite(SqliteApp app) : BoardPaperTests(app);
[Collection(OnPostgres.Name)]
public sealed class BoardPaperOnPostgres(PostgresApp app) : BoardPaperTests(app);
