using Bunit;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Sprints;
using QipTracker.Web.Components.Pages.Plan;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.Sprints;

namespace QipTracker.Web.Tests.Components;

/// <summary>
/// The owner's two update forms offer the statuses their queries allow (the Domain's <see cref="OwnerReport"/>) and say
/// why Completed is not yet one of them; the sprint form's draft says which plan fields submitting will move.
/// </summary>
public sealed class OwnerUpdateFormTests : ComponentContext
{
    [Fact]
    public void The_sprint_form_locks_a_single_choice_and_asks_for_evidence_before_completion()
    {
        var cut = Render<SprintUpdateItem>(p => p.Add(c => c.Draft, new SprintUpdateDraft(Row([RootCauseStatus.InProgress]))));

        Assert.Contains("rz-state-disabled", cut.Find("[data-testid='status']").ClassList);
        Assert.Contains("first attach evidence", cut.Find("[data-testid='needs-evidence']").TextContent);
    }

    [Fact]
    public void With_evidence_the_sprint_form_offers_completion_and_asks_nothing()
    {
        var cut = Render<SprintUpdateItem>(p => p.Add(c => c.Draft,
            new SprintUpdateDraft(Row([RootCauseStatus.InProgress, RootCauseStatus.Completed], evidence: 2))));

        Assert.DoesNotContain("rz-state-disabled", cut.Find("[data-testid='status']").ClassList);
        Assert.Empty(cut.FindAll("[data-testid='needs-evidence']"));
        Assert.Empty(cut.FindAll("[data-testid='plan-changes']"));
    }

    [Fact]
    public void The_draft_names_the_plan_fields_that_submitting_moves()
    {
        var draft = new SprintUpdateDraft(Row([RootCauseStatus.InProgress, RootCauseStatus.Completed], evidence: 1))
        {
            Status = RootCauseStatus.Completed,
            Forecast = new DateTime(2026, 6, 12),
        };

        var cut = Render<SprintUpdateItem>(p => p.Add(c => c.Draft, draft));

        Assert.Equal("Submitting changes the plan: status In progress → Awaiting assurance; forecast 20 May 2026 → 12 Jun 2026.",
            cut.Find("[data-testid='plan-changes']").TextContent.Trim());
    }

    [Fact]
    public void My_work_offers_not_started_only_while_it_is_and_completion_only_with_evidence()
    {
        var notStarted = Render<MyRootCauseUpdate>(p => p.Add(c => c.RootCause,
            Mine(RootCauseStatus.NotStarted, [RootCauseStatus.NotStarted, RootCauseStatus.InProgress], evidence: 0)));
        var underway = Render<MyRootCauseUpdate>(p => p.Add(c => c.RootCause,
            Mine(RootCauseStatus.InProgress, [RootCauseStatus.InProgress, RootCauseStatus.Completed], evidence: 1)));

        Assert.Equal(["Not started", "In progress", "Completed"], Choices(notStarted).Select(c => c.Text));
        Assert.True(Choices(notStarted).Single(c => c.Text == "Completed").Disabled);
        Assert.NotEmpty(notStarted.FindAll("[data-testid='needs-evidence']"));

        Assert.Equal(["In progress", "Completed"], Choices(underway).Select(c => c.Text));
        Assert.False(Choices(underway).Single(c => c.Text == "Completed").Disabled);
        Assert.Empty(underway.FindAll("[data-testid='needs-evidence']"));
    }

    [Fact]
    public void Delivered_work_has_no_status_form_on_my_work()
    {
        var cut = Render<MyRootCauseUpdate>(p => p.Add(c => c.RootCause,
            Mine(RootCauseStatus.Completed, [RootCauseStatus.Completed], evidence: 1, mayReforecast: false) with { State = RootCauseState.AwaitingAssurance }));

        Assert.Empty(cut.FindAll("[data-testid='update-status']"));
        Assert.Contains("waiting for the ISG chair to assure it", cut.Find("[data-testid='completion-state']").TextContent);
    }

    private static IEnumerable<(string Text, bool Disabled)> Choices(IRenderedComponent<MyRootCauseUpdate> cut) =>
        cut.FindAll("[data-testid='update-status'] .rz-radio-btn").Select(item =>
            (item.TextContent.Trim(), item.QuerySelector(".rz-state-disabled") is not null || item.ClassList.Contains("rz-state-disabled")));

    private static SprintUpdateRow Row(IReadOnlyList<RootCauseStatus> choices, int evidence = 0) =>
        new(Guid.NewGuid(), 4, new DateOnly(2026, 3, 20), "Medicines Safety", Guid.NewGuid(), "RC-007", "Fridge temperatures are not logged",
            new DateOnly(2026, 4, 30), evidence, 3, RootCauseStatus.InProgress, new DateOnly(2026, 5, 20), false, choices, MayReforecast: true,
            "", null, null, null);

    private static MyRootCause Mine(RootCauseStatus status, IReadOnlyList<RootCauseStatus> choices, int evidence, bool mayReforecast = true) =>
        new(Guid.NewGuid(), "RC-007", "Fridge temperatures are not logged", "Medicines Safety", PriorityClass.MustDo, new DateOnly(2026, 4, 30),
            new DateOnly(2026, 5, 20), status, RootCauseStates.Of(status, sentBack: false), Rag.Green, false, false, evidence, null, null, null, null, 3,
            choices, mayReforecast);
}
