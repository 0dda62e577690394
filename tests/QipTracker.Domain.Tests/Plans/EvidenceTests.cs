using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

public sealed class EvidenceTests
{
    private static readonly Guid RootCause = Guid.NewGuid();

    [Fact]
    public void A_note_records_what_it_shows_who_added_it_and_when()
    {
        var note = Evidence.Note(Plan.Trust, RootCause, " Ward huddle minutes ", " Night CTG reviews discussed at every huddle ", Plan.Owner, Plan.Now);

        Assert.Equal(EvidenceKind.Note, note.Kind);
        Assert.Equal("Ward huddle minutes", note.Title);
        Assert.Equal("Night CTG reviews discussed at every huddle", note.WhatItShows);
        Assert.Equal((Plan.Trust, RootCause, Plan.Owner, Plan.Now), (note.TrustId, note.RootCauseId, note.AddedBy, note.AddedAt));
        Assert.Null(note.Url);
        Assert.Null(note.StorageKey);
    }

    [Fact]
    public void A_note_must_say_what_it_shows()
    {
        Assert.Throws<DomainException>(() => Evidence.Note(Plan.Trust, RootCause, "Minutes", "  ", Plan.Owner, Plan.Now));
    }

    [Fact]
    public void Evidence_needs_a_title_and_a_trust()
    {
        Assert.Throws<DomainException>(() => Evidence.Note(Plan.Trust, RootCause, " ", "Shows it", Plan.Owner, Plan.Now));
        Assert.Throws<DomainException>(() => Evidence.Note(Guid.Empty, RootCause, "Minutes", "Shows it", Plan.Owner, Plan.Now));
    }

    [Theory]
    [InlineData("https://intranet.northshire.nhs.uk/audits/ctg-march")]
    [InlineData("  http://qi.northshire.nhs.uk/dashboards/42  ")]
    public void A_web_link_is_accepted(string url)
    {
        var link = Evidence.Link(Plan.Trust, RootCause, "CTG audit", url, "94% compliance", Plan.Owner, Plan.Now);

        Assert.Equal(EvidenceKind.Link, link.Kind);
        Assert.Equal(new Uri(url.Trim()), new Uri(link.Url!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a link")]
    [InlineData("intranet/audits/ctg")]
    [InlineData("/etc/passwd")]
    [InlineData("file:///srv/share/audit.xlsx")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.northshire.nhs.uk/audit.pdf")]
    [InlineData(null)]
    public void A_bad_link_is_refused(string? url)
    {
        Assert.Throws<DomainException>(() => Evidence.Link(Plan.Trust, RootCause, "CTG audit", url!, "94% compliance", Plan.Owner, Plan.Now));
    }

    [Fact]
    public void A_file_keeps_only_its_name_and_the_stores_key()
    {
        var file = Evidence.File(Plan.Trust, RootCause, "CTG audit", "/home/sam/Downloads/ctg-audit-march.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", 48_213, "evidence/2026/03/abc123", "94% compliance", Plan.Owner, Plan.Now);

        Assert.Equal(EvidenceKind.File, file.Kind);
        Assert.Equal("ctg-audit-march.xlsx", file.FileName);
        Assert.Equal(48_213, file.SizeBytes);
        Assert.Equal("evidence/2026/03/abc123", file.StorageKey);
        Assert.Equal("94% compliance", file.WhatItShows);
        Assert.Null(file.Url);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void An_empty_file_is_refused(long size)
    {
        var ex = Assert.Throws<DomainException>(() => Evidence.File(Plan.Trust, RootCause, "CTG audit", "ctg.xlsx", "application/octet-stream",
            size, "evidence/key", "94% compliance", Plan.Owner, Plan.Now));
        Assert.Contains("ctg.xlsx", ex.Message);
    }
}
