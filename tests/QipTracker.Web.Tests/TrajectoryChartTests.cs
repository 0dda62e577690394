using System.Net;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>The trajectory chart endpoint: a PNG for the trust's own ISGs, a 404 for anyone else's.</summary>
public abstract class TrajectoryChartTests(QipAppFactory app)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("")]
    [InlineData("?priority=ShouldDo&asOf=2026-11-30")]
    [InlineData("?isgId={isg}&priority=MustDo")]
    [InlineData("?isgId={isg}&asOf=2026-10-31")]
    public async Task The_board_gets_a_png_of_the_trajectory(string query)
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Chart {Guid.NewGuid():N}"[..12]);
        var board = await app.SignedInAsync(trust[TrustRole.BoardMember]);

        using var response = await board.GetAsync("/api/v1/trajectory/chart.png" + query.Replace("{isg}", trust.IsgId.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, png[..8]);
    }

    [Fact]
    public async Task An_unknown_or_another_trusts_isg_is_not_found_and_a_bad_priority_is_refused()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Chart {Guid.NewGuid():N}"[..12]);
        var other = await TestTrust.CreateAsync(app.Services, $"Chart {Guid.NewGuid():N}"[..12]);
        var pmo = await app.SignedInAsync(trust[TrustRole.Pmo]);

        Assert.Equal(HttpStatusCode.NotFound, (await pmo.GetAsync($"/api/v1/trajectory/chart.png?isgId={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await pmo.GetAsync($"/api/v1/trajectory/chart.png?isgId={other.IsgId}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await pmo.GetAsync("/api/v1/trajectory/chart.png?priority=Urgent")).StatusCode);
    }
}

[Collection(OnSqlite.Name)]
public sealed class TrajectoryChartOnSqlite(SqliteApp app) : TrajectoryChartTests(app);
[Collection(OnPostgres.Name)]
public sealed class TrajectoryChartOnPostgres(PostgresApp app) : TrajectoryChartTests(app);
