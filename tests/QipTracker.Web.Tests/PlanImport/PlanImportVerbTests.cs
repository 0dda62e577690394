using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.CommandLine;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>import-plan and export-plan as an operator runs them: the verb classes in a scope of the real app.</summary>
[Collection(OnSqlite.Name)]
public sealed class PlanImportVerbTests(SqliteApp app) : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-plan-verbs-").FullName;

    private async Task<(int Code, string Output, string Error)> RunAsync<TVerb>(params string[] args) where TVerb : ICommandVerb
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verb = ActivatorUtilities.CreateInstance<TVerb>(scope.ServiceProvider);
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await verb.RunAsync(new VerbArguments(args), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private async Task<bool> TrustExistsAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        return await scope.ServiceProvider.GetRequiredService<QipDbContext>().Trusts.AnyAsync(t => t.Name == name);
    }

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public async Task A_bad_file_with_create_trust_creates_nothing_not_even_the_trust_and_lists_every_bad_row()
    {
        var name = $"Verb {Guid.NewGuid():N}"[..13];
        var plan = new GeneratedPlan(findings: 20, rootCauses: 40);
        plan.Sheet.Row(3)["finding_kind"] = "Must";
        plan.Sheet.Row(9)["baseline_due"] = "2026/12/31";
        var file = Write("bad.csv", plan.Sheet.Csv());

        var (code, _, error) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", file, "--create-trust");

        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("row 3, finding_kind: 'Must' is not MustDo or ShouldDo", lines[0]);
        Assert.Equal("row 9, baseline_due: '2026/12/31' is not a date as yyyy-MM-dd or dd/MM/yyyy", lines[1]);
        Assert.Contains($"the trust '{name}' was not created", lines[^1]);
        Assert.False(await TrustExistsAsync(name));
    }

    [Fact]
    public async Task A_good_file_with_create_trust_creates_the_trust_with_its_plan_and_an_export_round_trips()
    {
        var name = $"Verb {Guid.NewGuid():N}"[..13];
        var file = Write("plan.xlsx", Infrastructure.Importing.PlanFileWriter.Write(
            Infrastructure.Importing.PlanValidator.Validate(new MemoryStream(new GeneratedPlan(findings: 30, rootCauses: 50).Sheet.Csv()), "plan.csv",
                new DateOnly(2026, 11, 20)).Rows, Infrastructure.Importing.PlanFileFormat.Xlsx));

        var (code, output, error) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", file, "--create-trust", "--apply");

        Assert.True(code == 0, error);
        Assert.StartsWith($"Created trust '{name}' with its plan.", output);
        Assert.Contains("50 root causes were created.", output);
        Assert.True(await TrustExistsAsync(name));

        var exported = Path.Combine(_folder, "exported.csv");
        (code, output, error) = await RunAsync<ExportPlanVerb>("--trust", name, "--out", exported);
        Assert.True(code == 0, error);
        Assert.Contains("to " + exported, output);

        (code, output, error) = await RunAsync<ImportPlanVerb>("--trust", name.ToUpperInvariant(), "--file", exported, "--apply");
        Assert.True(code == 0, error);
        Assert.Contains("50 root causes were already as the file says.", output);
    }

    [Fact]
    public async Task A_dry_run_with_create_trust_checks_the_file_and_leaves_no_trust()
    {
        var name = $"Verb {Guid.NewGuid():N}"[..13];
        var file = Write("dry.csv", new GeneratedPlan(findings: 10, rootCauses: 10).Sheet.Csv());

        var (code, output, _) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", file, "--create-trust", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains($"Trust '{name}' is new: it would be created with the plan.", output);
        Assert.Contains("Preview: nothing has been saved yet.", output);
        Assert.Contains("10 root causes will be created.", output);
        Assert.False(await TrustExistsAsync(name));
    }

    [Fact]
    public async Task Without_apply_the_verb_only_previews_and_apply_needs_the_preview_key_to_change_an_existing_finding()
    {
        var name = $"Verb {Guid.NewGuid():N}"[..13];
        var plan = new GeneratedPlan(findings: 6, rootCauses: 6);
        var first = Write("first.csv", plan.Sheet.Csv());
        Assert.Equal(0, (await RunAsync<ImportPlanVerb>("--trust", name, "--file", first, "--create-trust", "--apply")).Code);
        foreach (var row in plan.Sheet.Rows.Where(r => r["finding_ref"] == "MD-001")) row["finding_text"] = "The trust must fix problem 1 on every ward.";
        var reworded = Write("reworded.csv", plan.Sheet.Csv());

        var (code, output, error) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", reworded);

        Assert.True(code == 0, error);
        Assert.Contains("  - Finding MD-001: text changed from 'The trust must fix problem 1, found on the wards.' to 'The trust must fix problem 1 on every ward.'", output);
        Assert.Contains("1 finding will be updated and 5 are already as the file says.", output);
        var key = output.Split('\n').Single(l => l.StartsWith("Preview key: ", StringComparison.Ordinal))["Preview key: ".Length..][..12];
        Assert.EndsWith($"run again with --apply --confirm {key}", output.TrimEnd());

        (code, _, error) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", reworded, "--apply");
        Assert.Equal(1, code);
        Assert.Contains("the file changes 1 finding already in the plan", error);

        (code, _, error) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", first, "--apply", "--confirm", key);
        Assert.Equal(1, code); // another file than the one previewed
        Assert.Contains("Nothing was saved: the plan has changed since this file was previewed", error);

        (code, output, error) = await RunAsync<ImportPlanVerb>("--trust", name, "--file", reworded, "--apply", "--confirm", key);
        Assert.True(code == 0, error);
        Assert.Contains("1 finding was updated", output);

        await Assert.ThrowsAsync<VerbUsageException>(() => RunAsync<ImportPlanVerb>("--trust", name, "--file", reworded, "--apply", "--dry-run"));
        await Assert.ThrowsAsync<VerbUsageException>(() => RunAsync<ImportPlanVerb>("--trust", name, "--file", reworded, "--confirm", key));
    }

    [Fact]
    public async Task An_unknown_trust_is_named_and_nothing_happens()
    {
        var file = Write("plan.csv", new GeneratedPlan(findings: 5, rootCauses: 5).Sheet.Csv());

        var (code, _, error) = await RunAsync<ImportPlanVerb>("--trust", "No Such Trust", "--file", file);
        Assert.Equal(1, code);
        Assert.Contains("There is no trust named 'No Such Trust'", error);

        (code, _, error) = await RunAsync<ExportPlanVerb>("--trust", "No Such Trust", "--out", Path.Combine(_folder, "x.xlsx"));
        Assert.Equal(1, code);
        Assert.Contains("There is no trust named 'No Such Trust'", error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
