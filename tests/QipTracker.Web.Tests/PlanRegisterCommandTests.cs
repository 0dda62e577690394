using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Findings;
using QipTracker.Web.Features.Inspections;
using QipTracker.Web.Features.Isgs;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

public abstract class PlanRegisterCommandTests(QipAppFactory app)
{
    private Task<TestTrust> NewTrust() => TestTrust.CreateAsync(app.Services, $"Reg {Guid.NewGuid():N}"[..11]);

    private static FindingFields Fields(TestTrust trust, string reference, FindingKind kind) =>
        new(reference, "The trust should ensure staff complete sepsis training.", kind, trust.IsgId, null, "CQC report",
            "Medicine", "Northshire General", CqcDomain.Safe, "Regulation 12", false, null, null);

    [Fact]
    public async Task A_root_cause_answering_a_should_do_becomes_must_do_when_the_finding_is_reclassified()
    {
        var trust = await NewTrust();
        var finding = await app.SendAs(trust, TrustRole.Pmo, new CreateFinding(Fields(trust, "SD-9", FindingKind.ShouldDo)));
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddMonths(2);
        var rootCause = await app.SendAs(trust, TrustRole.Pmo, new CreateRootCause("RC-900", "Sepsis training not tracked",
            trust[TrustRole.RootCauseOwner].Id, trust.IsgId, due, [finding.Id]));
        Assert.Equal(PriorityClass.ShouldDo, rootCause.Priority);
        Assert.Equal(["SD-9"], rootCause.FindingReferences);
        Assert.Equal(due, Assert.Single(await app.SendAs(trust, TrustRole.Pmo, new GetBaselineHistory(rootCause.Id))).BaselineDue);

        await app.SendAs(trust, TrustRole.Pmo, new UpdateFinding(finding.Id, Fields(trust, "SD-9", FindingKind.MustDo), finding.Version));

        Assert.Equal(PriorityClass.MustDo, (await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(rootCause.Id))).Priority);
    }

    [Fact]
    public async Task Register_input_is_checked_field_by_field()
    {
        var trust = await NewTrust();
        var duplicate = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new CreateFinding(Fields(trust, "MD-1", FindingKind.MustDo))));
        Assert.Contains("already used", duplicate.Errors["Reference"][0]);

        var badKloe = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new CreateFinding(Fields(trust, "WL-1", FindingKind.WellLedRecommendation) with { KloeCode = "W9" })));
        Assert.Contains("Fields.KloeCode", badKloe.Errors.Keys);

        var noFindings = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new CreateRootCause("RC-901", "x", trust[TrustRole.RootCauseOwner].Id, trust.IsgId, new DateOnly(2027, 1, 1), [])));
        Assert.Contains("FindingIds", noFindings.Errors.Keys);

        await Assert.ThrowsAsync<ForbiddenException>(() =>
            app.SendAs(trust, TrustRole.IsgChair, new CreateFinding(Fields(trust, "SD-10", FindingKind.ShouldDo))));
    }

    [Fact]
    public async Task An_inspection_keeps_its_ratings_and_notices()
    {
        var trust = await NewTrust();
        var recorded = await app.SendAs(trust, TrustRole.Pmo, new RecordInspection("Core services and well-led inspection",
            new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 5), new DateOnly(2026, 4, 20), Rating.Inadequate,
            [new DomainRating(CqcDomain.Safe, Rating.Inadequate), new DomainRating(CqcDomain.Caring, Rating.Good),
             new DomainRating(CqcDomain.Safe, Rating.RequiresImprovement, "Maternity")],
            [new EnforcementNotice(NoticeKind.Section29AWarning, new DateOnly(2026, 2, 20), "Governance of maternity triage")]));

        var listed = Assert.Single(await app.SendAs(trust, TrustRole.BoardMember, new ListInspections()));
        Assert.Equal(recorded.Id, listed.Id);
        Assert.Equal(3, listed.Ratings.Count);
        Assert.Equal(NoticeKind.Section29AWarning, Assert.Single(listed.Notices).Kind);
    }

    [Fact]
    public async Task An_isg_takes_only_people_of_the_trust()
    {
        var trust = await NewTrust();
        var other = await NewTrust();
        var saved = await app.SendAs(trust, TrustRole.Pmo, new SaveIsg(null, "Well-led", ReportingCadence.Monthly,
            trust[TrustRole.IsgChair].Id, trust[TrustRole.AccountableExecutive].Id, [trust[TrustRole.RootCauseOwner].Id]));
        Assert.Equal(ReportingCadence.Monthly, saved.Cadence);
        Assert.Equal(trust[TrustRole.IsgChair].DisplayName, saved.Chair);

        var outsider = await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo,
            new SaveIsg(null, "Workforce", ReportingCadence.Fortnightly, other[TrustRole.IsgChair].Id, null, [])));
        Assert.Contains("MemberIds", outsider.Errors.Keys);
    }
}

[Collection(OnSqlite.Name)]
public sealed class PlanRegisterCommandsOnSqlite(SqliteApp app) : PlanRegisterCommandTests(app);
[Collection(OnPostgres.Name)]
public sealed class PlanRegisterCommandsOnPostgres(PostgresApp app) : PlanRegisterCommandTests(app);
