using System.Diagnostics;

namespace QipTracker.Infrastructure.Tests.Demo;

/// <summary>One demo trust seeded once (with a generated password) and shared by the read-only tests.</summary>
public sealed class SeededDemoTrust : IAsyncLifetime
{
    internal DemoDatabase Database { get; private set; } = null!;
    public QipTracker.Infrastructure.Demo.DemoSeedResult Result { get; private set; } = null!;
    public TimeSpan SeedTime { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await DemoDatabase.CreateAsync();
        var stopwatch = Stopwatch.StartNew();
        Result = await Database.SeedAsync();
        SeedTime = stopwatch.Elapsed;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
