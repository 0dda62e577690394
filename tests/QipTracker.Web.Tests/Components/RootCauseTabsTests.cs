using Bunit;
using QipTracker.Domain.Plans;
using QipTracker.Web.Components.Pages.Plan.RootCauseParts;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.People;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Tests.Components;

/// <summary>The root cause's progress card and tabs: forms shown by the header's flags, each tab loading its own rows.</summary>
public sealed class RootCauseTabsTests : ComponentContext
{
    [Fact]
    public void The_progress_form_starts_from_the_forecast_and_saves_it_with_the_version_seen()
    {
        var header = RootCauseHeaders.With(RootCauseHeaders.Nothing with { ReportProgress = true }, version: 5);
        Mediator.Answer<ReportProgress, RootCauseDto>(r => header.RootCause);
        var cut = Render<RootCauseProgress>(p => p.Add(c => c.Header, header));

        cut.Find("[data-testid='save-progress']").Click();

        var sent = Assert.IsType<ReportProgress>(Assert.Single(Mediator.Sent));
        Assert.Equal((new DateOnly(2026, 5, 20), false, 5L), (sent.ForecastDue, sent.OffTrack, sent.Version));
    }

    [Fact]
    public void Without_the_flag_the_progress_card_says_who_updates_it_or_when_it_was_delivered()
    {
        var open = Render<RootCauseProgress>(p => p.Add(c => c.Header, RootCauseHeaders.With(RootCauseHeaders.Nothing)));
        var delivered = Render<RootCauseProgress>(p => p.Add(c => c.Header,
            RootCauseHeaders.With(RootCauseHeaders.Nothing, RootCauseStatus.Completed, delivered: true, completedOn: new DateOnly(2026, 3, 2))));

        Assert.Empty(open.FindAll("[data-testid='save-progress']"));
        Assert.Contains("Its owner, ISG chair or the PMO updates the forecast.", open.Markup);
        Assert.Contains("delivered on 2 Mar 2026", delivered.Markup);
    }

    [Fact]
    public void Only_the_actions_the_list_says_the_reader_may_move_on_can_be_edited_and_only_an_updater_adds_one()
    {
        var header = RootCauseHeaders.With(RootCauseHeaders.Nothing);
        Mediator.Answer<ListActions, IReadOnlyList<ActionDto>>(_ =>
        [
            Action("Buy data loggers", mayUpdate: true),
            Action("Train night staff", mayUpdate: false),
        ]);

        var cut = Render<ActionsTab>(p => p.Add(c => c.Header, header));

        Assert.Single(cut.FindAll("[data-testid='action-save']"));
        Assert.Contains("Train night staff", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid='action-add']"));
        Assert.DoesNotContain(Mediator.Sent, r => r is ListPeople); // no owner list to load for someone who cannot add

        Mediator.Answer<ListPeople, IReadOnlyList<PersonDto>>(_ => []);
        var updater = Render<ActionsTab>(p => p.Add(c => c.Header, RootCauseHeaders.With(RootCauseHeaders.Nothing with { Update = true })));
        Assert.Single(updater.FindAll("[data-testid='action-add']"));
    }

    [Fact]
    public void Saving_an_action_sends_its_version_and_the_chosen_status()
    {
        var action = Action("Buy data loggers", mayUpdate: true);
        Mediator.Answer<ListActions, IReadOnlyList<ActionDto>>(_ => [action])
            .Answer<UpdateAction, ActionDto>(r => action with { Status = r.Status });
        var changed = 0;
        var cut = Render<ActionsTab>(p => p.Add(c => c.Header, RootCauseHeaders.With(RootCauseHeaders.Nothing)).Add(c => c.Changed, () => changed++));

        cut.Find("[data-testid='action-save']").Click();

        var sent = Assert.Single(Mediator.Sent.OfType<UpdateAction>());
        Assert.Equal((action.Id, ActionStatus.InProgress, 2L), (sent.ActionId, sent.Status, sent.Version));
        Assert.Equal(2, Mediator.Sent.OfType<ListActions>().Count()); // the tab reloads itself…
        Assert.Equal(1, changed);                                      // …and tells the page, whose timeline follows
    }

    [Fact]
    public void The_sbar_is_edited_only_by_an_updater_and_saved_with_the_version_seen()
    {
        var reader = Render<SbarTab>(p => p.Add(c => c.Header, RootCauseHeaders.With(RootCauseHeaders.Nothing)));
        Assert.Empty(reader.FindAll("[data-testid='sbar-edit']"));

        var header = RootCauseHeaders.With(RootCauseHeaders.Nothing with { Update = true }, version: 9);
        Mediator.Answer<EditSbar, RootCauseDto>(r => header.RootCause with { Sbar = r.Sbar });
        var changed = 0;
        var cut = Render<SbarTab>(p => p.Add(c => c.Header, header).Add(c => c.Changed, () => changed++));

        cut.Find("[data-testid='sbar-edit']").Click();
        cut.Find("textarea[data-testid='sbar-situation']").Change("Night checks are missed");
        cut.Find("[data-testid='sbar-save']").Click();

        var sent = Assert.IsType<EditSbar>(Assert.Single(Mediator.Sent));
        Assert.Equal(("Night checks are missed", 9L), (sent.Sbar.Situation, sent.Version));
        Assert.Equal(1, changed);
        Assert.Empty(cut.FindAll("[data-testid='sbar-save']"));
    }

    [Fact]
    public void Evidence_that_cannot_be_listed_leaves_the_rest_working_and_the_form_follows_its_flag()
    {
        Mediator.Answer<ListEvidence, IReadOnlyList<EvidenceDto>>(_ => throw new IOException("The evidence store is not reachable"));

        var cut = Render<EvidenceTab>(p => p.Add(c => c.Header, RootCauseHeaders.With(RootCauseHeaders.Nothing with { AddEvidence = true })));
        var reader = Render<EvidenceTab>(p => p.Add(c => c.Header, RootCauseHeaders.With(RootCauseHeaders.Nothing)));

        Assert.Contains("The evidence could not be listed just now.", cut.Markup);
        Assert.Contains("Add evidence", cut.Markup);
        Assert.DoesNotContain("Add evidence", reader.Markup);
    }

    private static ActionDto Action(string title, bool mayUpdate) =>
        new(Guid.NewGuid(), Guid.NewGuid(), title, Guid.NewGuid(), "Olive Owner", new DateOnly(2026, 4, 1), ActionStatus.InProgress, null, null,
            false, 2, mayUpdate);
}
