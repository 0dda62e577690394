using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Tests.Plans;

namespace QipTracker.Domain.Tests.BoardPapers;

/// <summary>The PMO's draft keeps its own rules: what a cover sheet needs, what is kept and what carries over.</summary>
public sealed class PaperDraftTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    private static readonly TrustPaperLists Lists = new(["Safe care", "Well-led"], ["BAF 3", "BAF 7"]);

    private static PaperDraft Draft() => new(Plan.Trust, October, " QIP progress October 2026 ", new DateOnly(2026, 11, 5));

    [Fact]
    public void A_draft_is_for_a_month_and_has_a_title()
    {
        Assert.Throws<DomainException>(() => new PaperDraft(Plan.Trust, new DateOnly(2026, 10, 2), "Title", new DateOnly(2026, 11, 5)));
        Assert.Throws<DomainException>(() => new PaperDraft(Plan.Trust, October, "  ", new DateOnly(2026, 11, 5)));
        Assert.Equal("QIP progress October 2026", Draft().PaperTitle);
        Assert.Equal((PaperDraft.DefaultMeeting, BoardAsk.Note), (Draft().Meeting, Draft().BoardAskedTo));
    }

    [Fact]
    public void A_cover_sheet_names_its_meeting_and_title_and_keeps_tidy_lists()
    {
        var draft = Draft();

        draft.WriteCover(draft.Cover with
        {
            Meeting = " Trust Board (Part 1) ",
            Author = " Pat PMO ",
            LinkedCqcDomains = [CqcDomain.WellLed, CqcDomain.Safe, CqcDomain.WellLed],
            StrategicObjectives = ["  Safe care ", "", "   "],
            BafRisks = ["BAF 3"],
        }, Lists);

        Assert.Equal(("Trust Board (Part 1)", "Pat PMO"), (draft.Meeting, draft.Author));
        Assert.Equal([CqcDomain.Safe, CqcDomain.WellLed], draft.LinkedCqcDomains);
        Assert.Equal(["Safe care"], draft.StrategicObjectives);
        Assert.Throws<DomainException>(() => draft.WriteCover(draft.Cover with { Meeting = " " }, Lists));
        Assert.Throws<DomainException>(() => draft.WriteCover(draft.Cover with { PaperTitle = "" }, Lists));
        Assert.Throws<DomainException>(() => draft.WriteCover(draft.Cover with { BoardAskedTo = (BoardAsk)42 }, Lists));
        Assert.Equal("Trust Board (Part 1)", draft.Meeting); // a refused cover sheet changes nothing
    }

    [Fact]
    public void Strategic_objectives_and_baf_risks_come_from_the_trusts_lists_and_one_chosen_before_stays_choosable()
    {
        var draft = Draft();

        var refused = Assert.Throws<NotOnTrustListException>(() => draft.WriteCover(draft.Cover with { BafRisks = ["BAF 3", "BAF 9"] }, Lists));
        Assert.Equal(["'BAF 9' is not on the trust's list of Board Assurance Framework risks (Trust settings)."], refused.Errors["BafRisks"]);
        Assert.Empty(draft.BafRisks); // a refused cover sheet changes nothing

        draft.WriteCover(draft.Cover with { StrategicObjectives = ["Well-led", " Safe care "], BafRisks = ["BAF 7", "BAF 3", "BAF 7"] }, Lists);
        Assert.Equal(["Safe care", "Well-led"], draft.StrategicObjectives); // in the list's order
        Assert.Equal(["BAF 3", "BAF 7"], draft.BafRisks);

        // The trust drops BAF 7 from its list: the draft that chose it still saves, but cannot choose it afresh elsewhere.
        var later = Lists with { BafRisks = ["BAF 3"] };
        draft.WriteCover(draft.Cover with { Author = "Pat PMO" }, later);
        Assert.Equal(["BAF 3", "BAF 7"], draft.BafRisks);
        Assert.Throws<NotOnTrustListException>(() => Draft().WriteCover(Draft().Cover with { BafRisks = ["BAF 7"] }, later));
    }

    [Fact]
    public void The_ask_and_recommendations_are_tidy_and_blank_items_are_dropped()
    {
        var draft = Draft();

        draft.AskTheBoard(BoardAsk.Receive, "  Two items are overdue with no recovery plan. ");
        draft.WriteJudgement(" Behind plan. ", [new(BoardAsk.Receive, "  the report. "), new(BoardAsk.Note, "  "), new(BoardAsk.Note, "the risks")]);

        Assert.Equal((BoardAsk.Receive, "Two items are overdue with no recovery plan.", "Behind plan."), (draft.BoardAskedTo, draft.AskReason, draft.ExecutiveSummary));
        Assert.Equal([new RecommendationItem(BoardAsk.Receive, "the report."), new RecommendationItem(BoardAsk.Note, "the risks")], draft.Recommendations);
        Assert.Throws<DomainException>(() => draft.AskTheBoard((BoardAsk)42, null));
        Assert.Throws<DomainException>(() => draft.WriteJudgement(null, [new((BoardAsk)42, "text")]));
    }

    [Fact]
    public void Commentary_is_kept_only_for_the_trusts_own_isgs_once_each_and_blank_means_drafted()
    {
        var draft = Draft();
        var mine = Guid.NewGuid();
        var other = Guid.NewGuid();

        draft.WriteCommentaries([new(mine, " Good month. "), new(mine, "Second"), new(other, "Not ours"), new(mine, " ")], [mine]);

        Assert.Equal([new IsgCommentary(mine, "Good month.")], draft.IsgCommentaries);
        Assert.Null(draft.CommentaryFor(other));
    }

    [Fact]
    public void The_cover_sheet_carries_over_from_last_month_but_the_title_date_ask_and_judgement_do_not()
    {
        var september = new PaperDraft(Plan.Trust, new DateOnly(2026, 9, 1), "QIP progress September 2026", new DateOnly(2026, 10, 1));
        september.WriteCover(september.Cover with
        {
            Author = "Pat PMO",
            PreviouslyConsideredBy = "ECIB",
            EqualityStage = EqualityImpactStage.Stage2,
            BafRisks = ["BAF 3"],
        }, Lists);
        september.AskTheBoard(BoardAsk.Receive, "Behind plan.");
        september.WriteJudgement("September went well.", [new(BoardAsk.Note, "the report.")]);

        var october = Draft();
        october.CarryCoverFrom(september);

        Assert.Equal(("Pat PMO", "ECIB", EqualityImpactStage.Stage2, "QIP progress October 2026", new DateOnly(2026, 11, 5)),
            (october.Author, october.PreviouslyConsideredBy, october.EqualityStage, october.PaperTitle, october.MeetingDate));
        Assert.Equal(["BAF 3"], october.BafRisks);
        Assert.Equal((BoardAsk.Note, "", ""), (october.BoardAskedTo, october.AskReason, october.ExecutiveSummary));
        Assert.Empty(october.Recommendations);
    }
}
