using MediatR;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Account;
using QipTracker.Web.Features.Home;
using QipTracker.Web.Features.Trusts;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

[Collection(OnSqlite.Name)]
public sealed class PipelineTests(SqliteApp app)
{
    private async Task<T> SendAs<T>(IRequest<T> request, Action<CurrentUser> who)
    {
        await using var scope = app.Services.CreateAsyncScope();
        who(scope.ServiceProvider.GetRequiredService<CurrentUser>());
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    [Fact]
    public async Task A_request_from_nobody_is_refused()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => SendAs(new GetCurrentTrust(), u => u.Set(null, null, [], false)));
    }

    [Fact]
    public async Task A_trust_request_needs_a_membership_in_the_current_trust()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Pipe {Guid.NewGuid():N}"[..12]);
        var pmo = trust[TrustRole.Pmo];

        await Assert.ThrowsAsync<ForbiddenException>(() => SendAs(new GetCurrentTrust(), u => u.Set(pmo.Id, null, [], false)));
        var dto = await SendAs(new GetCurrentTrust(), u => u.Set(pmo.Id, trust.TrustId, [TrustRole.Pmo], false));
        Assert.Equal(trust.Name, dto.Name);
    }

    [Fact]
    public async Task Invalid_input_is_refused_naming_the_field_before_anything_runs()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Valid {Guid.NewGuid():N}"[..13]);
        var owner = trust[TrustRole.RootCauseOwner];

        var error = await Assert.ThrowsAsync<RequestValidationException>(() =>
            SendAs(new EnableTwoFactor("12"), u => u.Set(owner.Id, trust.TrustId, [TrustRole.RootCauseOwner], false)));
        Assert.Contains("Code", error.Errors.Keys);
    }

    [Fact]
    public async Task The_landing_page_counts_only_the_current_trusts_plan()
    {
        var mine = await TestTrust.CreateAsync(app.Services, $"Land {Guid.NewGuid():N}"[..12]);
        await TestTrust.CreateAsync(app.Services, $"Other {Guid.NewGuid():N}"[..13]);
        var owner = mine[TrustRole.RootCauseOwner];

        var landing = await SendAs(new GetLanding(), u => u.Set(owner.Id, mine.TrustId, [TrustRole.RootCauseOwner], false));

        Assert.Equal(1, landing.Plan!.Findings.Total);
        Assert.Equal(3, landing.Plan.RootCauses.RootCauses);
        Assert.Equal(3, landing.Owner!.OpenRootCauses);
        Assert.Equal(1, landing.Owner.OverdueRootCauses); // due dates: today-5, +5, +15
    }
}
