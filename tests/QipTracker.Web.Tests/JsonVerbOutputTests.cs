using System.Diagnostics;
using System.Text.Json;

namespace QipTracker.Web.Tests;

/// <summary>
/// Every verb with <c>--format json</c> prints the JSON alone on stdout, so <c>… --format json | jq</c> works: run as
/// the real executable, with the host's logging, on a fresh data folder (whose first start migrates the database and
/// logs), the whole of stdout parses as JSON and anything else went to stderr.
/// </summary>
public sealed class JsonVerbOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-json-verbs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "QipTracker.Web.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(app);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DataFolder"] = Path.Combine(_folder, "data");
        start.Environment["Database__Provider"] = "Sqlite";
        // Information would be the host's default: even then, nothing of it may reach stdout.
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task The_spc_verb_prints_only_json_on_stdout_from_the_real_executable()
    {
        var csv = Path.Combine(_folder, "series.csv");
        await File.WriteAllTextAsync(csv, "period,value\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"2025-{i:00},{10 + i % 3}")) + "\n");

        var (code, output, error) = await RunAsync("spc", "--input", csv, "--direction", "increase", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);   // the whole of stdout, nothing before or after
        Assert.Equal(12, json.RootElement.GetProperty("points").GetArrayLength());
    }

    [Fact]
    public async Task The_trajectory_verb_prints_only_json_on_stdout_from_the_real_executable()
    {
        var (created, _, createError) = await RunAsync("create-trust", "--name", "Json Test Trust", "--ods", "RJT",
            "--admin-email", "admin@json-test.example", "--admin-name", "Ada Admin");
        Assert.True(created == 0, createError);

        var (code, output, error) = await RunAsync("trajectory", "--trust", "Json Test Trust", "--as-of", "2026-10-31", "--format", "json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }
}
