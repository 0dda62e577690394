using System.Diagnostics;

namespace QipTracker.Infrastructure.Tests.Demo;

/// <summary>One demo trust seeded once (with a generated password) and shared by the read-only tests.</summary>
public sealed class SeededDemoTrust : IAsyncLifetime
{
    internal DemoDatabase Database { get; private set; } = null!;
    public QipTracker.Infrastructure.Demo.DemoSeedResult Result { get; private set; } = null!;
    public TimeSpan SeedTime { get; private set; }
    /// <summary>Processor time of the whole test process while seeding: steadier than wall time on a busy machine.</summary>
    public TimeSpan SeedCpuTime { get; private set; }

    public async Task InitializeAsync()
    {
        Database = await DemoDatabase.CreateAsync();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        Result = await Database.SeedAsync();
        SeedTime = stopwatch.Elapsed;
        SeedCpuTime = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();
}
