using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Sprints;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Sprints;

/// <summary>
/// Closing a sprint by hand over HTTP: before its last day it takes a reason from the ISG's chair or the PMO,
/// the reason is kept on the sprint and shown with it, and the burndown never plots a day that has not happened.
/// </summary>
public abstract class SprintClosingTests(QipAppFactory app)
{
    private DateOnly Today() => app.Clock.Today();

    private async Task<(TestTrust Trust, SprintRow Sprint)> ActiveSprint(string name)
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)]);
        var first = await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, Today().AddDays(-3)));
        return (trust, await app.SendAs(trust, TrustRole.IsgChair, new StartSprint(first.Id, first.Version)));
    }

    private static async Task<Review> ReviewOf(HttpClient client, TestTrust trust, Guid sprintId) =>
        (await client.GetFromJsonAsync<Review>($"/api/v1/isgs/{trust.IsgId}/sprints/review?sprintId={sprintId}", Json.Options))!;

    [Fact]
    public async Task Closing_before_the_last_day_needs_a_reason_which_is_kept_and_shown_and_the_burndown_stops_at_the_close()
    {
        var (trust, sprint) = await ActiveSprint("Early");
        Assert.True(sprint.EndsOn > Today());
        var chair = await app.SignedInAsync(trust[TrustRole.IsgChair]);

        var refused = await chair.PostAsJsonAsync($"/api/v1/sprints/{sprint.Id}/close", new { version = sprint.Version }, Json.Options);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("reason", await refused.Content.ReadAsStringAsync());
        var blank = await chair.PostAsJsonAsync($"/api/v1/sprints/{sprint.Id}/close", new { version = sprint.Version, reason = "   " }, Json.Options);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.Equal(SprintState.Active, (await ReviewOf(chair, trust, sprint.Id)).Sprint.State);

        const string reason = "The ISG meets on Thursday; the Christmas rota starts before the sprint would end.";
        var closed = await chair.PostAsJsonAsync($"/api/v1/sprints/{sprint.Id}/close", new { version = sprint.Version, reason }, Json.Options);
        Assert.True(closed.IsSuccessStatusCode, $"{(int)closed.StatusCode}: {await closed.Content.ReadAsStringAsync()}");

        var review = await ReviewOf(chair, trust, sprint.Id);
        Assert.Equal((SprintState.Closed, Today(), reason), (review.Sprint.State, review.Sprint.ClosedOn, review.Sprint.EarlyCloseReason));
        // Nothing is plotted after the day it closed: the days that had not happened have no actual figures.
        Assert.Equal(Today(), review.Burndown.ActualThrough);
        Assert.All(review.Burndown.Days.Where(d => d.Date > Today()), d => Assert.Null(d.Remaining));
        Assert.All(review.Burndown.Days.Where(d => d.Date <= Today()), d => Assert.NotNull(d.Remaining));

        // The chair's summary says it closed early, and why.
        var letter = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails.SingleAsync(o => o.DedupKey == $"sprint-closed:{sprint.Id}"));
        Assert.Contains(reason, letter.TextBody);
        Assert.Contains("days early", letter.TextBody);
    }

    [Fact]
    public async Task The_pmo_may_close_early_with_a_reason_and_on_the_last_day_no_reason_is_asked()
    {
        var (trust, sprint) = await ActiveSprint("Pmoclose");
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);
        var closed = await pmo.PostAsJsonAsync($"/api/v1/sprints/{sprint.Id}/close", new { version = sprint.Version, reason = "Plan re-baselined by the ECIB" }, Json.Options);
        Assert.True(closed.IsSuccessStatusCode, $"{(int)closed.StatusCode}: {await closed.Content.ReadAsStringAsync()}");

        // A sprint whose last day is today closes without a reason: it is not early.
        var other = await TestTrust.CreateAsync(app.Services, $"Lastday {Guid.NewGuid():N}"[..16]);
        var first = await app.SendAs(other, TrustRole.Pmo, new ScheduleSprints(other.IsgId, Today().AddDays(-13)));
        var started = await app.SendAs(other, TrustRole.IsgChair, new StartSprint(first.Id, first.Version));
        Assert.Equal(Today(), started.EndsOn);
        var chair = await app.SignedInAsync(other[TrustRole.IsgChair]);
        var onTime = await chair.PostAsJsonAsync($"/api/v1/sprints/{started.Id}/close", new { version = started.Version }, Json.Options);
        Assert.True(onTime.IsSuccessStatusCode, $"{(int)onTime.StatusCode}: {await onTime.Content.ReadAsStringAsync()}");
        var review = await ReviewOf(chair, other, started.Id);
        Assert.Null(review.Sprint.EarlyCloseReason);
        Assert.Equal(Today(), review.Burndown.ActualThrough);
    }

    private sealed record Review(ReviewSprint Sprint, ReviewBurndown Burndown);
    private sealed record ReviewSprint(Guid Id, SprintState State, DateOnly? ClosedOn, string? EarlyCloseReason);
    private sealed record ReviewBurndown(DateOnly? ActualThrough, List<ReviewDay> Days);
    private sealed record ReviewDay(DateOnly Date, int? Remaining);
}

[Collection(OnSqlite.Name)]
public sealed class SprintClosingOnSqlite(SqliteApp app) : SprintClosingTests(app);
[Collection(OnPostgres.Name)]
public sealed class SprintClosingOnPostgres(PostgresApp app) : SprintClosingTests(app);
