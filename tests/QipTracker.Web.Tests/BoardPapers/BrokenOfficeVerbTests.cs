using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.BoardPapers;

/// <summary>A server whose LibreOffice fails: the board-paper verb says so in one line and exits 1, writing nothing.</summary>
public sealed class BrokenOfficeVerbTests : IAsyncLifetime
{
    private readonly string _office = Path.Combine(Path.GetTempPath(), $"qip-broken-office-{Guid.NewGuid():N}");
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-broken-office-out-").FullName;
    private QipAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_office, "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n");
        File.SetUnixFileMode(_office, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _app = new QipAppFactory(DatabaseProvider.Sqlite);
        _app.Settings["BoardPapers:OfficePath"] = _office;
        await ((IAsyncLifetime)_app).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)_app).DisposeAsync();
        File.Delete(_office);
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_verb_reports_the_conversion_failure_without_a_stack_trace()
    {
        var trust = await TestTrust.CreateAsync(_app.Services, $"Office {Guid.NewGuid():N}"[..14]);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await VerbRunner.RunAsync(_app.Services,
            CommandLineInvocation.Parse(["board-paper", "--trust", trust.Name, "--month", "2026-10", "--out", _folder]), output, error);

        Assert.Equal(1, code);
        Assert.Contains("LibreOffice could not convert", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Empty(Directory.GetFiles(_folder));
    }
}
