using QipTracker.Domain.Auditing;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Common;
using QipTracker.Domain.Escalations;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Common;

/// <summary>Codes read as words, and audit entries as sentences with UK dates (issue 11 item 9).</summary>
public sealed class WordsTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void Enum_members_read_as_words()
    {
        Assert.Equal("Well-led", Words.For(CqcDomain.WellLed));
        Assert.Equal("ECIB", Words.For(EscalationLevel.Ecib));
        Assert.Equal("ISG chair", Words.For(EscalationLevel.IsgChair));
        Assert.Equal("Requires improvement", Words.For(Rating.RequiresImprovement));
        Assert.Equal("Section 29A warning notice", Words.For(NoticeKind.Section29AWarning));
        Assert.Equal("Not started", Words.For(RootCauseStatus.NotStarted));
        Assert.Equal("New due date", Words.For(ChangeKind.NewDueDate));
        Assert.Equal("—", Words.For((CqcDomain?)null));
    }

    [Fact]
    public void Every_enum_member_of_the_domain_reads_without_a_code_casing()
    {
        foreach (var type in typeof(Words).Assembly.GetTypes().Where(t => t.IsEnum))
            foreach (Enum member in Enum.GetValues(type))
                Assert.DoesNotMatch("[a-z][A-Z]", Words.ForAny(member));
    }

    [Theory]
    [InlineData("RootCause", "ForecastDue", "2026-11-02", "2027-02-12", "Forecast changed from 2 Nov 2026 to 12 Feb 2027")]
    [InlineData("RootCause", "Status", "Completed", "Assured", "Status changed from Completed to Assured")]
    [InlineData("RootCause", "ReportedOffTrack", "False", "True", "Reported off track")]
    [InlineData("RootCause", "ReportedOffTrack", "True", "False", "No longer reported off track")]
    [InlineData("RootCause", "AssuredOn", null, "2026-03-04", "Assured date set to 4 Mar 2026")]
    [InlineData("RootCause", "CompletedOn", "2026-03-04", null, "Completed date cleared (was 4 Mar 2026)")]
    [InlineData("RootCause", "Priority", "ShouldDo", "MustDo", "Priority changed from Should Do to Must Do")]
    [InlineData("ImprovementAction", "Status", "InProgress", "Done", "Status changed from In progress to Done")]
    public void Audit_entries_read_as_sentences(string entity, string field, string? before, string? after, string expected) =>
        Assert.Equal(expected, AuditSentence.Describe(entity, AuditOperation.Modified, field, before, after, _ => null, London));

    [Fact]
    public void Ids_in_the_trail_read_as_names()
    {
        var chair = Guid.NewGuid();
        Assert.Equal("Assured by Dr Ada Chair",
            AuditSentence.Describe("RootCause", AuditOperation.Modified, "AssuredBy", null, chair.ToString(), id => id == chair ? "Dr Ada Chair" : null, London));
        Assert.Equal("Action created: “Weekly audit”",
            AuditSentence.Describe("ImprovementAction", AuditOperation.Created, "", null, "{\"Title\":\"Weekly audit\",\"DueOn\":\"2026-12-01\"}", _ => null, London));
    }
}
