using QipTracker.Web.CommandLine;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests;

/// <summary>A verb stopped by Ctrl+C or SIGTERM stops its work and says so, rather than running on or crashing.</summary>
[Collection(OnSqlite.Name)]
public sealed class VerbCancellationTests(SqliteApp app)
{
    [Fact]
    public async Task A_stopped_verb_exits_130_saying_it_stopped_and_writes_no_file()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Stop {Guid.NewGuid():N}"[..12]);
        var folder = Directory.CreateTempSubdirectory("qip-stopped-verb-").FullName;
        try
        {
            using var stopped = new CancellationTokenSource();
            await stopped.CancelAsync();
            var output = new StringWriter();
            var error = new StringWriter();

            var code = await VerbRunner.RunAsync(app.Services,
                CommandLineInvocation.Parse(["board-paper", "--trust", trust.Name, "--month", "2026-10", "--out", folder]), output, error, stopped.Token);

            Assert.Equal(130, code);
            Assert.Contains("Stopped before it finished", error.ToString());
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
