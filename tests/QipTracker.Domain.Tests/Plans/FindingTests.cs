using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

public sealed class FindingTests
{
    [Theory]
    [InlineData(FindingKind.MustDo, PriorityClass.MustDo)]
    [InlineData(FindingKind.NoticeRequirement, PriorityClass.MustDo)]
    [InlineData(FindingKind.ShouldDo, PriorityClass.ShouldDo)]
    [InlineData(FindingKind.WellLedRecommendation, PriorityClass.ShouldDo)]
    public void Breaches_of_regulation_rank_as_must_do(FindingKind kind, PriorityClass priority)
    {
        Assert.Equal(priority, Plan.Finding(kind).Priority);
    }

    [Fact]
    public void Reclassifying_changes_the_priority()
    {
        var finding = Plan.Finding(FindingKind.ShouldDo);

        finding.Reclassify(FindingKind.MustDo);

        Assert.Equal(PriorityClass.MustDo, finding.Priority);
    }

    [Fact]
    public void A_finding_needs_a_reference_text_and_owning_isg()
    {
        Assert.Throws<DomainException>(() => new Finding(Plan.Trust, " ", "Text", FindingKind.MustDo, Plan.Isg));
        Assert.Throws<DomainException>(() => new Finding(Plan.Trust, "MD-1", " ", FindingKind.MustDo, Plan.Isg));
        Assert.Throws<DomainException>(() => new Finding(Plan.Trust, "MD-1", "Text", FindingKind.MustDo, Guid.Empty));
        Assert.Throws<DomainException>(() => new Finding(Guid.Empty, "MD-1", "Text", FindingKind.MustDo, Plan.Isg));
    }

    [Fact]
    public void A_refused_rewording_leaves_the_finding_as_it_was()
    {
        var finding = Plan.Finding(FindingKind.MustDo, "MD-17");

        Assert.Throws<DomainException>(() => finding.Reword("MD-18", ""));

        Assert.Equal("MD-17", finding.Reference);
    }

    [Fact]
    public void Describing_a_finding_trims_and_blanks_to_null()
    {
        var finding = Plan.Finding(FindingKind.MustDo);

        finding.Describe(" Inspection report ", "Maternity", "  ", CqcDomain.Safe, "Regulation 12 ", safetyUrgent: true);
        finding.TagKloe(" w3 ", "w3.2");

        Assert.Equal(("Inspection report", "Maternity", (string?)null, CqcDomain.Safe, "Regulation 12", true),
            (finding.Source, finding.CoreService, finding.Site, finding.Domain, finding.Regulation, finding.SafetyUrgent));
        Assert.Equal(("W3", "W3.2"), (finding.KloeCode, finding.PromptCode));
    }

    [Fact]
    public void Moving_a_finding_to_another_isg_needs_an_isg()
    {
        var finding = Plan.Finding(FindingKind.MustDo);
        var wellLed = Guid.NewGuid();

        finding.AssignTo(wellLed);

        Assert.Equal(wellLed, finding.IsgId);
        Assert.Throws<DomainException>(() => finding.AssignTo(Guid.Empty));
        Assert.Equal(wellLed, finding.IsgId);
    }
}
