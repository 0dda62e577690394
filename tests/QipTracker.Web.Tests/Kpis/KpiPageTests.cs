using System.Net;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.Kpis;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Kpis;

/// <summary>The KPI pages as a signed-in browser first sees them (the prerendered HTML).</summary>
[Collection(OnSqlite.Name)]
public sealed class KpiPageTests(SqliteApp app)
{
    private async Task<string> PageAsync(TestTrust trust, TrustRole role, string path)
    {
        var browser = await app.SignedInAsync(trust[role]);
        var response = await browser.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_chart_page_library_and_isg_panel_show_the_kpi_with_its_icons()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Kpg {Guid.NewGuid():N}"[..12]);
        var kpi = await app.CreateAsync(trust, KpiData.HighLevel("AE", trust.IsgId));
        kpi = await app.SendAs(trust, TrustRole.Pmo, new SetKpiTarget(kpi.Id, "2025-01", 20, kpi.Version));
        kpi = await app.SendAs(trust, TrustRole.Pmo, new ConfigureSpc(kpi.Id, [], 12, false, 3, kpi.Version)); // as in SpcSummaryTests: 18 is beyond 17.98
        await app.MonthlyValuesAsync(trust, kpi.Id, new DateOnly(2025, 1, 1), 13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10, 18);

        var chart = await PageAsync(trust, TrustRole.BoardMember, $"/kpis/{kpi.Id}");
        Assert.Contains("AE · AE measure</h1>", chart);
        Assert.Contains("data-variation=\"ImprovementHigh\"", chart);
        Assert.Contains("Consistently fails", chart);
        Assert.Contains("Measurements (13)", chart);

        var library = await PageAsync(trust, TrustRole.RootCauseOwner, "/kpis");
        Assert.Contains("data-testid=\"kpi-AE\"", library);
        Assert.DoesNotContain("board-summary", library); // the SPC summary is for the board's readers

        var isg = await PageAsync(trust, TrustRole.IsgChair, $"/isgs/{trust.IsgId}");
        Assert.Contains("data-testid=\"isg-kpis\"", isg);
        Assert.Contains("Improving (higher)", isg);
    }
}
