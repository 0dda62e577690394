using System.Diagnostics;
using System.Text.Json;

namespace QipTracker.Web.Tests.Operations;

/// <summary>Logging:Format=json: the real executable writes one JSON object a line, for a log shipper to read as it comes.</summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-json-logs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(int Code, string Error)> MigrateAsync(string format)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QipTracker.Web.dll"));
        start.ArgumentList.Add("migrate");
        start.Environment["DataFolder"] = Path.Combine(_folder, "data");
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        start.Environment["Logging__Format"] = format;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        return (process.ExitCode, await error);
    }

    [Fact]
    public async Task Every_log_line_is_a_json_object_with_level_category_and_message()
    {
        // A fresh database: migrating it logs (a verb's logs go to stderr).
        var (code, error) = await MigrateAsync("json");

        Assert.True(code == 0, error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("LogLevel").GetString()), line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Category").GetString()), line);
            Assert.True(entry.RootElement.TryGetProperty("Message", out _), line);
            Assert.True(entry.RootElement.TryGetProperty("Timestamp", out _), line);
        }
        Assert.Contains(lines, l => l.Contains("\"Category\":\"QipTracker.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_log_format_stops_start_up_naming_the_setting()
    {
        var (code, error) = await MigrateAsync("xml");

        Assert.NotEqual(0, code);
        Assert.Contains("Logging:Format is 'xml'", error);
    }
}
