using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Tests.Plans;

namespace QipTracker.Domain.Tests.BoardPapers;

/// <summary>The PMO's draft keeps its own rules: what a cover sheet needs, what is kept and what carries over.</summary>
public sealed class PaperDraftTests
{
    private static readonly DateOnly October = new(2026, 10, 1);

    private static PaperDraft Draft() => new(Plan.Trust, October, " QIP progress October 2026 ", new DateOnly(2026, 11, 5));

    [Fact]
    public void A_draft_is_for_a_month_and_has_a_title()
    {
        Assert.Throws<DomainException>(() => new PaperDraft(Plan.Trust, new DateOnly(2026, 10, 2), "Title", new DateOnly(2026, 11, 5)));
        Assert.Throws<DomainException>(() => new PaperDraft(Plan.Trust, October, "  ", new DateOnly(2026, 11, 5)));
        Assert.Equal("QIP progress October 2026", Draft().PaperTitle);
        Assert.Equal((PaperDraft.DefaultMeeting, BoardAsk.TakeAssurance), (Draft().Meeting, Draft().BoardAskedTo));
    }

    [Fact]
    public void A_cover_sheet_names_its_meeting_and_title_and_keeps_tidy_lists()
    {
        var draft = Draft();

        draft.WriteCover(draft.Cover with
        {
            Meeting = " Trust Board (Part 1) ", Author = " Pat PMO ",
            LinkedCqcDomains = [CqcDomain.WellLed, CqcDomain.Safe, CqcDomain.WellLed],
            StrategicObjectives = ["  Safe care ", "", "   "], BafRisks = ["BAF 3"],
        });

        Assert.Equal(("Trust Board (Part 1)", "Pat PMO"), (draft.Meeting, draft.Author));
        Assert.Equal([CqcDomain.Safe, CqcDomain.WellLed], draft.LinkedCqcDomains);
        Assert.Equal(["Safe care"], draft.StrategicObjectives);
        Assert.Throws<DomainException>(() => draft.WriteCover(draft.Cover with { Meeting = " " }));
        Assert.Throws<DomainException>(() => draft.WriteCover(draft.Cover with { PaperTitle = "" }));
        Assert.Throws<DomainException>(() => draft.WriteCover(draft.Cover with { BoardAskedTo = (BoardAsk)42 }));
        Assert.Equal("Trust Board (Part 1)", draft.Meeting); // a refused cover sheet changes nothing
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
    public void The_cover_sheet_carries_over_from_last_month_but_the_title_date_and_judgement_do_not()
    {
        var september = new PaperDraft(Plan.Trust, new DateOnly(2026, 9, 1), "QIP progress September 2026", new DateOnly(2026, 10, 1));
        september.WriteCover(september.Cover with { Author = "Pat PMO", BoardAskedTo = BoardAsk.Note, BafRisks = ["BAF 3"] });
        september.WriteJudgement("September went well.", "Note the report.");

        var october = Draft();
        october.CarryCoverFrom(september);

        Assert.Equal(("Pat PMO", BoardAsk.Note, "QIP progress October 2026", new DateOnly(2026, 11, 5)),
            (october.Author, october.BoardAskedTo, october.PaperTitle, october.MeetingDate));
        Assert.Equal(["BAF 3"], october.BafRisks);
        Assert.Equal(("", ""), (october.ExecutiveSummary, october.Recommendation));
    }
}
