using System.Diagnostics;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Faults;

/// <summary>
/// The second PostgreSQL cluster scripts/test.sh starts for fault tests (QIP_FAULT_POSTGRES), which these tests stop,
/// start and restart through its control script (QIP_FAULT_PG_CTL) while the app runs; every other test keeps the
/// first cluster. Without them the tests fail, loudly: they are never silently skipped.
/// </summary>
public static class FaultPostgres
{
    public static string Server => Setting("QIP_FAULT_POSTGRES");

    /// <summary>Runs the control script: "stop", "start" or "restart" (fast shutdown: sessions are ended at once).</summary>
    public static async Task ControlAsync(string what)
    {
        var start = new ProcessStartInfo("bash", [Setting("QIP_FAULT_PG_CTL"), what])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var ctl = Process.Start(start)!;
        var output = ctl.StandardOutput.ReadToEndAsync();
        var error = ctl.StandardError.ReadToEndAsync();
        await ctl.WaitForExitAsync();
        if (ctl.ExitCode != 0) throw new InvalidOperationException($"pg_ctl {what} failed ({ctl.ExitCode}): {await output}{await error}");
    }

    private static string Setting(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: run the tests with ./scripts/test.sh, which starts the fault-test PostgreSQL cluster.");
}

/// <summary>The app on the fault cluster, with its job server running, as a node in production would be.</summary>
public sealed class FaultPostgresApp : QipAppFactory
{
    public FaultPostgresApp() : base(DatabaseProvider.Postgres) => Settings["Jobs:RunServer"] = "true";

    protected override string PostgresServer => FaultPostgres.Server;
}
