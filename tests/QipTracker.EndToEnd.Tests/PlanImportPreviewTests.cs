using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;
using QipTracker.Domain.Plans;
using QipTracker.EndToEnd.Tests.Support;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.EndToEnd.Tests;

/// <summary>
/// The PMO's plan import in a browser: upload → preview (a reworded finding field by field, a new root cause) →
/// cancel, preview again → another tab imports first → Apply says the plan changed and shows the new preview →
/// Apply (a double click) imports it once. A chair has no import at all.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class PlanImportPreviewTests(EndToEndFixture e2e) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-e2e-import-").FullName;

    [Fact]
    public async Task The_pmo_previews_an_import_cancels_then_applies_it_after_a_stale_preview_is_refreshed()
    {
        var pmo = await e2e.SignInAsync("pmo@northbridge.example");
        var rows = await ExportedRowsAsync(pmo);
        // A Should Do finding of the demo plan, reworded; and a finding and root cause new to it.
        var finding = rows.Where(r => r.FindingKind == FindingKind.ShouldDo).Select(r => r.FindingRef)
            .OrderByDescending(r => int.Parse(r[(r.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture)).First();
        var original = rows.First(r => r.FindingRef == finding).FindingText;
        var mine = original + " Revised after the factual accuracy check.";
        var theirs = original + " Revised by another PMO.";
        var file = Write("plan.csv", rows.Where(r => r.FindingRef == finding).Select(r => r with { FindingText = mine }).Append(NewRow()));
        var otherFile = Write("other.csv", rows.Where(r => r.FindingRef == finding).Select(r => r with { FindingText = theirs }));

        await OpenImportAsync(pmo);
        await pmo.GetByTestId("import-file").SetInputFilesAsync(file);
        await pmo.GetByTestId("import-check").ClickAsync();
        var outcome = pmo.GetByTestId("import-outcome");
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-outcome", "Preview");
        await Assertions.Expect(pmo.GetByTestId("import-summary")).ToContainTextAsync("1 finding will be created and 1 will be updated.");
        var change = pmo.GetByTestId($"change-finding-{finding}");
        await Assertions.Expect(change.Locator("tbody tr").First).ToContainTextAsync(original);
        await Assertions.Expect(change.Locator("tbody tr").First).ToContainTextAsync(mine);
        await Assertions.Expect(pmo.GetByTestId("change-root-cause-IJ-RC-1")).ToContainTextAsync("owned by Import Journey (import.journey@example.nhs.uk)");
        await Assertions.Expect(pmo.GetByTestId("import-apply")).ToContainTextAsync("Apply");
        await PanelShotAsync(pmo, "import-preview");

        await pmo.GetByTestId("import-cancel").ClickAsync();
        await Assertions.Expect(pmo.GetByTestId("import-message")).ToContainTextAsync("Import cancelled: nothing was saved.");
        Assert.Equal(original, await FindingTextAsync(pmo, finding));

        // Preview again; meanwhile another PMO, in another tab, imports a different rewording of the same finding.
        await pmo.GetByTestId("import-check").ClickAsync();
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-outcome", "Preview");
        var other = await e2e.SignInAsync("pmo@northbridge.example");
        await OpenImportAsync(other);
        await other.GetByTestId("import-file").SetInputFilesAsync(otherFile);
        await other.GetByTestId("import-check").ClickAsync();
        await other.GetByTestId("import-apply").ClickAsync();
        await Assertions.Expect(other.GetByTestId("import-outcome")).ToHaveAttributeAsync("data-outcome", "Applied");
        await other.Context.CloseAsync();

        // The stale preview is not applied: the page says so and shows what the file would do now.
        await pmo.GetByTestId("import-apply").ClickAsync();
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-outcome", "PreviewChanged");
        await Assertions.Expect(pmo.GetByTestId("import-headline")).ToContainTextAsync("the plan has changed since this file was previewed");
        await Assertions.Expect(change.Locator("tbody tr").First).ToContainTextAsync(theirs);
        Assert.Equal(theirs, await FindingTextAsync(pmo, finding));
        await PanelShotAsync(pmo, "import-preview-changed");

        // A double click on Apply imports once.
        await pmo.GetByTestId("import-apply").DblClickAsync();
        await Assertions.Expect(outcome).ToHaveAttributeAsync("data-outcome", "Applied");
        await Assertions.Expect(pmo.GetByTestId("import-headline")).ToContainTextAsync("The plan was imported.");
        await Assertions.Expect(pmo.GetByTestId("import-summary")).ToContainTextAsync("1 finding was created and 1 was updated.");
        await Assertions.Expect(pmo.GetByTestId("import-apply")).ToHaveCountAsync(0);
        Assert.Equal(mine, await FindingTextAsync(pmo, finding));
        await PanelShotAsync(pmo, "import-applied");

        await pmo.GetByTestId("filter-text").FillAsync("IJ-RC-1");
        await pmo.GetByTestId("filter-text").PressAsync("Tab");
        await Assertions.Expect(pmo.GetByTestId("rc-IJ-RC-1")).ToBeVisibleAsync();
        await pmo.Context.CloseAsync();

        var chair = await e2e.SignInAsync("chair@northbridge.example");
        await chair.GotoAsync("/register");
        await Assertions.Expect(chair.Locator("[data-interactive='true']")).ToBeAttachedAsync();
        await Assertions.Expect(chair.GetByTestId("register-grid")).ToBeVisibleAsync();
        await Assertions.Expect(chair.GetByTestId("import-toggle")).ToHaveCountAsync(0);
        await chair.Context.CloseAsync();
    }

    /// <summary>The page as the PMO sees it, and the whole import panel (the layout scrolls inside, so a page shot stops at the fold).</summary>
    private static async Task PanelShotAsync(IPage page, string name)
    {
        await Screenshots.TakeAsync(page, name);
        if (Environment.GetEnvironmentVariable("QIP_E2E_SCREENSHOTS") is not { Length: > 0 } folder) return;
        var size = page.ViewportSize;
        await page.SetViewportSizeAsync(size?.Width ?? 1280, 3000);
        await page.GetByTestId("import-panel").ScreenshotAsync(new() { Path = Path.Combine(folder, name + "-panel.png") });
        if (size is not null) await page.SetViewportSizeAsync(size.Width, size.Height);
    }

    private static async Task OpenImportAsync(IPage page)
    {
        await page.GotoAsync("/register");
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeAttachedAsync();
        await page.GetByTestId("import-toggle").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-panel")).ToBeVisibleAsync();
    }

    private static async Task<IReadOnlyList<PlanRow>> ExportedRowsAsync(IPage page)
    {
        var export = await page.APIRequest.GetAsync("/api/v1/plan/export?format=csv");
        Assert.True(export.Ok, $"export: {export.Status}");
        var validation = PlanValidator.Validate(new MemoryStream(await export.BodyAsync()), "plan.csv", DateOnly.FromDateTime(DateTime.Today));
        Assert.True(validation.IsValid, string.Join("\n", validation.Errors.Take(5)));
        return validation.Rows;
    }

    private static PlanRow NewRow() => new(0, "Import journey", "IJ-1", FindingKind.ShouldDo, CqcDomain.Effective, null,
        "The trust should check that plan imports are previewed before they are applied.", "IJ-RC-1",
        "Imports were applied without anyone seeing what they changed.", "import.journey@example.nhs.uk",
        new DateOnly(2027, 3, 31), null, RootCauseStatus.NotStarted, null, null);

    private string Write(string name, IEnumerable<PlanRow> rows)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, PlanFileWriter.Write(rows.ToList(), PlanFileFormat.Csv));
        return path;
    }

    private static async Task<string?> FindingTextAsync(IPage page, string reference)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/findings");
        using var json = JsonDocument.Parse(await response.BodyAsync());
        return json.RootElement.EnumerateArray().Where(f => f.GetProperty("reference").GetString() == reference)
            .Select(f => f.GetProperty("text").GetString()).SingleOrDefault();
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
