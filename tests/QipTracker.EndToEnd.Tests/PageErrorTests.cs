using Microsoft.Playwright;
using QipTracker.EndToEnd.Tests.Support;

namespace QipTracker.EndToEnd.Tests;

/// <summary>An app whose LibreOffice always fails, as a server with a broken office install would.</summary>
public sealed class BrokenOfficeApp : IAsyncLifetime
{
    private readonly string _office = Path.Combine(Path.GetTempPath(), $"qip-broken-soffice-{Guid.NewGuid():N}");
    public RunningApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await File.WriteAllTextAsync(_office, "#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n");
        File.SetUnixFileMode(_office, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        App = new RunningApp(new Dictionary<string, string> { ["BoardPapers__OfficePath"] = _office });
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        File.Delete(_office);
    }
}

/// <summary>A fault during a person's action is shown to them, and the page keeps working (issue 13: errors reach people).</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PageErrorTests(EndToEndFixture e2e, BrokenOfficeApp broken) : IClassFixture<BrokenOfficeApp>
{
    [Fact]
    public async Task A_paper_that_cannot_be_converted_says_so_and_the_page_stays_usable()
    {
        var pmo = await e2e.Browser.SignInAsync(broken.App, "pmo@northbridge.example");
        await pmo.GotoAsync("/board-papers");
        await pmo.WaitUntilInteractiveAsync();
        await Assertions.Expect(pmo.GetByTestId("generate-board")).ToBeEnabledAsync(new() { Timeout = 60_000 });

        await pmo.GetByTestId("generate-board").ClickAsync();

        await Assertions.Expect(pmo.GetByText("The PDF could not be made")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(pmo.GetByText("Nothing was saved", new() { Exact = false })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(pmo, "paper-conversion-failed");
        // The circuit survived: no "connection lost" bar, and the page still answers a click.
        await Assertions.Expect(pmo.GetByTestId("connection-lost")).ToBeHiddenAsync();
        await Assertions.Expect(pmo.GetByTestId("generate-board")).ToBeEnabledAsync(new() { Timeout = 60_000 });
        await pmo.GetByTestId("nav-register").ClickAsync();
        await Assertions.Expect(pmo).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/register"));
        await pmo.Context.CloseAsync();
    }
}
