using Bunit;
using QipTracker.Domain.Plans;
using QipTracker.Web.Components.Pages.Plan.RootCauseParts;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Tests.Components;

/// <summary>The root cause's status buttons follow the permissions its header query returns, and nothing else.</summary>
public sealed class RootCauseSummaryTests : ComponentContext
{
    private static readonly string[] StatusButtons = ["mark-completed", "assure", "send-back", "embed", "reopen", "request-change-open"];

    private IRenderedComponent<RootCauseSummary> Render(RootCauseHeader header, Action? changed = null) =>
        Render<RootCauseSummary>(p => p.Add(c => c.Header, header).Add(c => c.Changed, () => changed?.Invoke()));

    private static IEnumerable<string> Shown(IRenderedComponent<RootCauseSummary> cut) =>
        StatusButtons.Where(id => cut.FindAll($"[data-testid='{id}']").Count > 0);

    [Fact]
    public void A_reader_who_may_do_nothing_sees_no_button_and_no_link_to_the_isg()
    {
        var cut = Render(RootCauseHeaders.With(RootCauseHeaders.Nothing));

        Assert.Empty(Shown(cut));
        Assert.Empty(cut.FindAll("a[href^='/isgs/']"));
        Assert.Contains("Medicines Safety", cut.Find("[data-testid='rc-header']").TextContent);
    }

    [Fact]
    public void Each_button_shows_by_its_own_flag()
    {
        Assert.Equal(["mark-completed"], Shown(Render(RootCauseHeaders.With(RootCauseHeaders.Nothing with { Complete = true }))));
        Assert.Equal(["assure", "send-back"], Shown(Render(RootCauseHeaders.With(RootCauseHeaders.Nothing with { Assure = true }))));
        Assert.Equal(["embed"], Shown(Render(RootCauseHeaders.With(RootCauseHeaders.Nothing with { Embed = true }))));
        Assert.Equal(["reopen"], Shown(Render(RootCauseHeaders.With(RootCauseHeaders.Nothing with { Reopen = true }))));
        Assert.Equal(["request-change-open"], Shown(Render(RootCauseHeaders.With(RootCauseHeaders.Nothing with { Update = true }))));
        var isg = Render(RootCauseHeaders.With(RootCauseHeaders.Nothing with { OpenIsg = true }));
        Assert.Equal("Medicines Safety", isg.Find("a[href^='/isgs/']").TextContent);
    }

    [Fact]
    public void Mark_completed_waits_for_evidence_and_says_so()
    {
        var may = RootCauseHeaders.Nothing with { Complete = true };

        var waiting = Render(RootCauseHeaders.With(may, needsEvidence: true)).Find("[data-testid='mark-completed']");
        var ready = Render(RootCauseHeaders.With(may, needsEvidence: false)).Find("[data-testid='mark-completed']");

        Assert.True(waiting.HasAttribute("disabled"));
        Assert.Equal("Add evidence first", waiting.GetAttribute("title"));
        Assert.False(ready.HasAttribute("disabled"));
    }

    [Fact]
    public void Assuring_sends_the_version_the_chair_saw_and_has_the_page_reload_its_header()
    {
        var header = RootCauseHeaders.With(RootCauseHeaders.Nothing with { Assure = true }, RootCauseStatus.Completed, version: 7);
        Mediator.Answer<Assure, RootCauseDto>(_ => header.RootCause with { Status = RootCauseStatus.Assured, Version = 8 });
        var reloads = 0;
        var cut = Render(header, () => reloads++);

        cut.Find("[data-testid='assure']").Click();

        var sent = Assert.IsType<Assure>(Assert.Single(Mediator.Sent));
        Assert.Equal((header.RootCause.Id, 7L), (sent.RootCauseId, sent.Version));
        Assert.Equal(1, reloads);
    }
}
