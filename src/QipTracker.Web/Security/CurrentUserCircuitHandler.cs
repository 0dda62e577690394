using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Security;

/// <summary>
/// A Blazor circuit has its own DI scope with no HttpContext: before each inbound event the
/// circuit's authentication state becomes the scope's current user, so handlers called from
/// interactive pages are filtered to the right trust.
/// </summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider auth, CurrentUser current) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            current.SetFrom((await auth.GetAuthenticationStateAsync()).User);
            await next(context);
        };
}
