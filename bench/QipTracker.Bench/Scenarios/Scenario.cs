using QipTracker.Bench.Load;

namespace QipTracker.Bench.Scenarios;

/// <summary>
/// One row of the table: what a signed-in person waits for, as the requests the page (or API call) sends. A client's
/// turn gets its index, so concurrent clients spread over people and records as real users would.
/// </summary>
public sealed record Scenario(string Name, bool Write, Func<int, Lap, Task> Turn);

/// <summary>
/// Hands each client one item of a pool (a root cause to update) and keeps two clients off the same item at once:
/// with fewer items than clients (the small size) they take turns, as two people editing one record would.
/// </summary>
public sealed class ItemPool<T>(IReadOnlyList<T> items)
{
    private readonly SemaphoreSlim[] _locks = items.Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public int Count => items.Count;

    public async Task Use(int client, Func<T, Task> work)
    {
        var i = client % items.Count;
        await _locks[i].WaitAsync();
        try { await work(items[i]); }
        finally { _locks[i].Release(); }
    }
}
