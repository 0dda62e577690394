using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Inspections;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>
/// What the inspection and findings pages send (issue 11 item 11): an inspection corrected with a stale tab gets a
/// conflict, ratings and notices changes reach the audit trail in words; linking and unlinking a root cause
/// re-derives its priority class, and its timeline says so as a sentence.
/// </summary>
public abstract class InspectionAndFindingPagesTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Insp {Guid.NewGuid():N}"[..12]);

    [Fact]
    public async Task An_inspection_is_corrected_once_and_a_stale_tab_gets_a_conflict()
    {
        var trust = await NewTrust();
        var recorded = await app.SendAs(trust, TrustRole.Pmo, new RecordInspection("Focused inspection",
            new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 5), null, null, [], []));

        var published = await app.SendAs(trust, TrustRole.Pmo, new UpdateInspection(recorded.Id, "Focused inspection", new DateOnly(2026, 2, 3),
            new DateOnly(2026, 2, 5), new DateOnly(2026, 4, 20), Rating.RequiresImprovement,
            [new DomainRating(CqcDomain.WellLed, Rating.Inadequate), new DomainRating(CqcDomain.Safe, Rating.Good, "Maternity", "Northshire General")],
            [new EnforcementNotice(NoticeKind.Section31Conditions, new DateOnly(2026, 2, 20), "Weekly triage audit to CQC")], recorded.Version));

        Assert.Equal(recorded.Version + 1, published.Version);
        Assert.Equal(2, published.Ratings.Count);
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo, new UpdateInspection(recorded.Id, "Stale tab",
            new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 5), null, null, [], [], recorded.Version)));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new UpdateInspection(recorded.Id, "Board",
            new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 5), null, null, [], [], published.Version)));
        var twice = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new UpdateInspection(recorded.Id,
            "Focused inspection", new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 5), new DateOnly(2026, 4, 20), Rating.Good,
            [new DomainRating(CqcDomain.Safe, Rating.Good), new DomainRating(CqcDomain.Safe, Rating.Inadequate)], [], published.Version)));
        Assert.Contains("rated twice", string.Join(' ', twice.Errors.SelectMany(e => e.Value)));
        var listed = Assert.Single(await app.SendAs(trust, TrustRole.BoardMember, new ListInspections()));
        Assert.Equal("Well-led: Inadequate; Safe (Maternity, Northshire General): Good",
            string.Join("; ", listed.Ratings.Select(r => $"{Domain.Common.Words.For(r.Domain)}{(r.CoreService is null ? "" : $" ({r.CoreService}, {r.Site})")}: {Domain.Common.Words.For(r.Rating)}")));
    }

    [Fact]
    public async Task Linking_and_unlinking_a_must_do_finding_re_derives_the_root_causes_priority()
    {
        var trust = await NewTrust();
        var shouldDo = await app.SendAs(trust, TrustRole.Pmo, new CreateFinding(new FindingFields("SD-77", "Should ensure handover notes.",
            FindingKind.ShouldDo, trust.IsgId, null, null, null, null, CqcDomain.Safe, null, false, null, null)));
        var mustDo = await app.SendAs(trust, TrustRole.Pmo, new CreateFinding(new FindingFields("MD-77", "Must ensure sepsis screening.",
            FindingKind.MustDo, trust.IsgId, null, null, null, null, CqcDomain.Safe, null, true, null, null)));
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(2);
        var rootCause = await app.SendAs(trust, TrustRole.Pmo, new CreateRootCause("RC-777", "Handover not structured",
            trust[TrustRole.RootCauseOwner].Id, trust.IsgId, due, [shouldDo.Id]));
        Assert.Equal(PriorityClass.ShouldDo, rootCause.Priority);

        var linked = await app.SendAs(trust, TrustRole.Pmo, new LinkRootCause(mustDo.Id, rootCause.Id, rootCause.Version));
        var now = Assert.Single(linked.Linked);
        Assert.Equal(PriorityClass.MustDo, now.Priority);
        await Assert.ThrowsAsync<ConflictException>(() => app.SendAs(trust, TrustRole.Pmo, new UnlinkRootCause(mustDo.Id, rootCause.Id, rootCause.Version)));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.IsgChair, new UnlinkRootCause(mustDo.Id, rootCause.Id, now.Version)));

        var unlinked = await app.SendAs(trust, TrustRole.Pmo, new UnlinkRootCause(mustDo.Id, rootCause.Id, now.Version));
        Assert.Empty(unlinked.Linked);
        Assert.Equal(PriorityClass.ShouldDo, (await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rootCause.Id))).Priority);

        var timeline = await app.SendAs(trust, TrustRole.BoardMember, new GetTimeline(rootCause.Id));
        Assert.Contains(timeline, e => e.Change == "Now answers finding MD-77");
        Assert.Contains(timeline, e => e.Change == "No longer answers finding MD-77");
        Assert.Contains(timeline, e => e.Change == "Priority changed from Should Do to Must Do");
    }

    [Fact]
    public async Task A_timeline_reads_forecast_changes_as_a_sentence_with_UK_dates()
    {
        var trust = await NewTrust();
        var id = trust.RootCauseIds[0];
        var rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(id));
        var forecast = rc.ForecastDue.AddDays(30);
        await app.SendAs(trust, TrustRole.RootCauseOwner, new ReportProgress(id, forecast, true, rc.Version));

        var timeline = await app.SendAs(trust, TrustRole.BoardMember, new GetTimeline(id));
        Assert.Contains(timeline, e => e.Change == $"Forecast changed from {Domain.Common.UkDate.Format(rc.ForecastDue)} to {Domain.Common.UkDate.Format(forecast)}");
        Assert.Contains(timeline, e => e.Change == "Reported off track");
        Assert.All(timeline, e => Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}|ForecastDue|ReportedOffTrack", e.Change));
    }
}

[Collection(OnSqlite.Name)]
public sealed class InspectionAndFindingPagesOnSqlite(SqliteApp app) : InspectionAndFindingPagesTests(app);
[Collection(OnPostgres.Name)]
public sealed class InspectionAndFindingPagesOnPostgres(PostgresApp app) : InspectionAndFindingPagesTests(app);
