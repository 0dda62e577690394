using Microsoft.AspNetCore.Components.Server.Circuits;

namespace QipTracker.Bench.Circuits;

/// <summary>
/// The served app's circuits, as the server sees them: how many are open (connected or kept while disconnected), and
/// how many lost their connection. A connection lost while the bench still holds the page is a dropped circuit.
/// </summary>
public sealed class CircuitCount : CircuitHandler
{
    private int _open, _connectionsLost;

    public int Open => Volatile.Read(ref _open);
    public int ConnectionsLost => Volatile.Read(ref _connectionsLost);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connectionsLost);
        return Task.CompletedTask;
    }

    /// <summary>Waits until no circuit is open (the users' pages closed and the retention period passed); false if it ran out of time.</summary>
    public async Task<bool> WaitUntilNoneOpenAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Open > 0 && DateTime.UtcNow < deadline) await Task.Delay(250);
        return Open == 0;
    }
}
