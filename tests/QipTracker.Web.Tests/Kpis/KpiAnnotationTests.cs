using QipTracker.Domain.Trusts;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

/// <summary>
/// A dated note of what changed on a KPI (issue 12): entered on the KPI page, numbered on its chart at the point of
/// the period it falls in, refused to those who may not enter the KPI's values and invisible to another trust.
/// </summary>
public abstract class KpiAnnotationTests(QipAppFactory app)
{
    [Fact]
    public async Task A_note_is_numbered_at_its_period_on_the_chart_and_only_those_who_enter_values_may_add_one()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ann {Guid.NewGuid():N}"[..12]);
        var other = await TestTrust.CreateAsync(app.Services, $"Ann {Guid.NewGuid():N}"[..12]);
        var kpi = await app.CreateAsync(trust, KpiData.HighLevel("FALLS", trust.IsgId));
        var first = new DateOnly(app.Clock.Today().Year, app.Clock.Today().Month, 1).AddMonths(-6);
        await app.MonthlyValuesAsync(trust, kpi.Id, first, 80, 82, 81, 85, 88, 90);

        var later = await app.SendAs(trust, TrustRole.IsgChair, new AnnotateKpi(kpi.Id, first.AddMonths(3).AddDays(9), "  Streaming nurse at the front door  "));
        var earlier = await app.SendAs(trust, TrustRole.Pmo, new AnnotateKpi(kpi.Id, first.AddMonths(1).AddDays(2), "New falls pathway"));
        Assert.Equal("Streaming nurse at the front door", later.Text);
        Assert.Equal(trust[TrustRole.IsgChair].DisplayName, later.AddedBy);

        // Numbered oldest first, each at the point of its month, for every reader of the KPI.
        var chart = await app.SendAs(trust, TrustRole.BoardMember, new GetKpiChart(kpi.Id));
        Assert.Equal([(1, (int?)1, "New falls pathway"), (2, 3, "Streaming nurse at the front door")],
            chart.Notes.Select(n => (n.Number, n.PointIndex, n.Note.Text)));
        Assert.NotEmpty(await app.SendAs(trust, TrustRole.BoardMember, new GetKpiChartPng(kpi.Id)));

        // A note says what changed: not a plan for the future, never blank; a board member only reads.
        var future = await Assert.ThrowsAsync<RequestValidationException>(() =>
            app.SendAs(trust, TrustRole.Pmo, new AnnotateKpi(kpi.Id, app.Clock.Today().AddDays(1), "Planned change")));
        Assert.Contains("today or earlier", future.Errors["On"][0]);
        await Assert.ThrowsAsync<RequestValidationException>(() => app.SendAs(trust, TrustRole.Pmo, new AnnotateKpi(kpi.Id, first, "   ")));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new AnnotateKpi(kpi.Id, first, "Not mine to add")));
        await Assert.ThrowsAsync<ForbiddenException>(() => app.SendAs(trust, TrustRole.BoardMember, new RemoveKpiAnnotation(kpi.Id, later.Id)));

        // Another trust can neither annotate the KPI nor remove its notes.
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(other, TrustRole.Pmo, new AnnotateKpi(kpi.Id, first, "Cross-trust note")));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAs(other, TrustRole.Pmo, new RemoveKpiAnnotation(kpi.Id, later.Id)));

        await app.SendAs(trust, TrustRole.Pmo, new RemoveKpiAnnotation(kpi.Id, earlier.Id));
        var after = await app.SendAs(trust, TrustRole.BoardMember, new GetKpiChart(kpi.Id));
        Assert.Equal([(1, (int?)3, "Streaming nurse at the front door")], after.Notes.Select(n => (n.Number, n.PointIndex, n.Note.Text)));
    }
}

[Collection(OnSqlite.Name)]
public sealed class KpiAnnotationOnSqlite(SqliteApp app) : KpiAnnotationTests(app);
[Collection(OnPostgres.Name)]
public sealed class KpiAnnotationOnPostgres(PostgresApp app) : KpiAnnotationTests(app);
