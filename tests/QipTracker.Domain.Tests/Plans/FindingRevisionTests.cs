using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

/// <summary>A finding revised in one step (as a plan import does): all of it or none of it, and its KLOE tags kept true.</summary>
public sealed class FindingRevisionTests
{
    private static readonly Guid Workforce = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000a2");

    private static Finding WellLed()
    {
        var finding = Plan.Finding(FindingKind.MustDo, "MD-6");
        finding.Describe("CQC report", "Medicine", "North site", CqcDomain.WellLed, "Regulation 17", safetyUrgent: false);
        finding.TagKloe("W4", "W4.2");
        return finding;
    }

    [Fact]
    public void A_new_text_drops_the_kloe_tags_chosen_for_the_old_one()
    {
        var finding = WellLed();

        finding.Revise("Staff must complete safeguarding training.", FindingKind.ShouldDo, Workforce, CqcDomain.Safe, null);

        Assert.Equal(("Staff must complete safeguarding training.", FindingKind.ShouldDo, Workforce, CqcDomain.Safe, (string?)null),
            (finding.Text, finding.Kind, finding.IsgId, finding.Domain, finding.CoreService));
        Assert.Equal(((string?)null, (string?)null), (finding.KloeCode, finding.PromptCode));
        Assert.Equal(("CQC report", "North site", "Regulation 17"), (finding.Source, finding.Site, finding.Regulation));
    }

    [Fact]
    public void The_same_text_keeps_its_kloe_tags_and_a_revision_may_tag_it_again()
    {
        var finding = WellLed();

        finding.Revise(" " + finding.Text + " ", FindingKind.MustDo, Workforce, CqcDomain.WellLed, "Medicine");
        Assert.Equal(("W4", "W4.2"), (finding.KloeCode, finding.PromptCode));

        finding.Revise("A reworded governance finding.", FindingKind.MustDo, Plan.Isg, CqcDomain.WellLed, null, null, "w5.1");
        Assert.Equal(("W5", "W5.1"), (finding.KloeCode, finding.PromptCode));
    }

    [Fact]
    public void A_refused_revision_changes_nothing()
    {
        var finding = WellLed();

        Assert.Throws<DomainException>(() => finding.Revise("New text", FindingKind.ShouldDo, Workforce, CqcDomain.Safe, null, "W4", "W5.1"));
        Assert.Throws<DomainException>(() => finding.Revise("New text", FindingKind.ShouldDo, Guid.Empty, CqcDomain.Safe, null));
        Assert.Throws<DomainException>(() => finding.Revise(" ", FindingKind.ShouldDo, Workforce, CqcDomain.Safe, null));

        Assert.Equal(("The trust must ensure CTG monitoring is reviewed hourly.", FindingKind.MustDo, Plan.Isg, CqcDomain.WellLed, "W4", "W4.2"),
            (finding.Text, finding.Kind, finding.IsgId, finding.Domain, finding.KloeCode, finding.PromptCode));
    }
}
