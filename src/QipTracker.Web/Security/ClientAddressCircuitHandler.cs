using Microsoft.AspNetCore.Components.Server.Circuits;

namespace QipTracker.Web.Security;

/// <summary>Remembers the circuit's IP address and browser while its connection's HTTP context is still at hand.</summary>
public sealed class ClientAddressCircuitHandler(ClientAddress address) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        address.Set(address.IpAddress, address.UserAgent);
        return Task.CompletedTask;
    }
}
