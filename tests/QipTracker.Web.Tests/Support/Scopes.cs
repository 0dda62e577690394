using MediatR;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Tests.Support;

/// <summary>Sends a request through the real pipeline as a given person, as a page would.</summary>
public static class Scopes
{
    public static async Task<T> SendAs<T>(this QipAppFactory app, TestUser user, TestTrust trust, TrustRole role, IRequest<T> request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(user.Id, trust.TrustId, [role], false);
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
    }

    public static Task<T> SendAs<T>(this QipAppFactory app, TestTrust trust, TrustRole role, IRequest<T> request) =>
        app.SendAs(trust[role], trust, role, request);

    /// <summary>Runs work as the system across all trusts (arranging data, reading what tests assert on).</summary>
    public static async Task<T> AsSystem<T>(this QipAppFactory app, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        return await work(scope.ServiceProvider);
    }
}
