using System.Text.Json;
using QipTracker.Web.CommandLine;

namespace QipTracker.Web.Tests.Spc;

/// <summary>The spc verb as an analyst runs it: a CSV in, the API's JSON or a table out; no trust or database involved.</summary>
public sealed class SpcVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qip-spc-verb-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Csv(string content)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }

    // 13, 10, 7, 10 three times (mean 10, limits 2.02 and 17.98), then 18 beyond the upper limit.
    private static string Series(string last = "18") =>
        "period,value\n" + string.Join("\n", new[] { 13, 10, 7, 10, 13, 10, 7, 10, 13, 10, 7, 10 }.Select((v, i) => $"2024-{i + 1:00},{v}")) + $"\n2025-01,{last}\n";

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await new SpcVerb().RunAsync(new VerbArguments(args), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Json_output_has_the_apis_shape_and_the_engines_numbers()
    {
        var (code, output, error) = await RunAsync("--input", Csv(Series()), "--direction", "increase", "--fix-after", "12", "--target", "1", "--format", "json");

        Assert.Equal((0, ""), (code, error));
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["points", "variation", "assurance", "trial_limits"], json.EnumerateObject().Select(p => p.Name));
        var last = json.GetProperty("points")[12];
        Assert.Equal(("2025-01", 18m, 10m, 2.02m, 17.98m, "special_cause_improvement"),
            (last.GetProperty("period").GetString(), last.GetProperty("value").GetDecimal(), last.GetProperty("mean").GetDecimal(),
             last.GetProperty("lpl").GetDecimal(), last.GetProperty("upl").GetDecimal(), last.GetProperty("type").GetString()));
        Assert.Equal("improvement_high", json.GetProperty("variation").GetString());
        Assert.Equal("consistently_passes", json.GetProperty("assurance").GetString()); // 1 is below the lower limit
        Assert.False(json.GetProperty("trial_limits").GetBoolean());
    }

    [Fact]
    public async Task The_table_shows_each_point_and_the_icons()
    {
        var (code, output, _) = await RunAsync("--input", Csv(Series()), "--direction", "decrease", "--rebase", "2024-07");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.StartsWith("period", lines[0]);
        Assert.Equal(15, lines.Length); // header, 13 points, icons
        Assert.EndsWith("(rebased)", lines[7]);
        Assert.StartsWith("variation: ", lines[^1]);
        Assert.Contains("trial limits", lines[^1]); // seven points since the rebase
    }

    [Fact]
    public async Task A_bad_row_is_named_by_row_and_column_and_the_exit_code_is_non_zero()
    {
        var (code, output, error) = await RunAsync("--input", Csv("period,value\n2024-01,12.5\n2024-02,12,5\n\n2024-03,abc\n,4\n"), "--direction", "increase");

        Assert.Equal((1, ""), (code, output));
        Assert.Equal(["row 3: 3 fields where the header has 2; write decimals with a point (12.5) or quote the value",
                      "row 5, value: 'abc' is not a number such as 12.5", "row 6, period: is empty"],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    [Fact]
    public async Task A_file_without_the_header_is_refused_naming_row_one()
    {
        var (code, _, error) = await RunAsync("--input", Csv("month,count\n2024-01,3\n"), "--direction", "increase");

        Assert.Equal(1, code);
        Assert.StartsWith("row 1: the header must name the columns period and value", error);
    }

    [Fact]
    public async Task A_repeated_period_is_named_with_the_row_it_repeats()
    {
        var (code, _, error) = await RunAsync("--input", Csv("Value,Period\n3,2024-01\n4,2024-02\n5,2024-01\n"), "--direction", "increase");

        Assert.Equal(1, code);
        Assert.Equal("row 4, period: '2024-01' is also on row 2", error.Trim());
    }

    [Fact]
    public async Task A_rule_of_the_chart_that_is_broken_is_explained()
    {
        var (code, _, error) = await RunAsync("--input", Csv(Series()), "--direction", "increase", "--rebase", "2023-12");

        Assert.Equal(1, code);
        Assert.Equal("The rebase period '2023-12' is not in the series.", error.Trim());
    }

    [Theory]
    [InlineData("--direction", "up")]
    [InlineData("--target", "9O")]
    [InlineData("--shift", "seven")]
    [InlineData("--format", "xml")]
    public async Task A_bad_option_is_a_usage_error(string option, string value)
    {
        string[] args = ["--input", Csv(Series()), "--direction", "increase", option, value];

        var e = await Assert.ThrowsAsync<VerbUsageException>(() => RunAsync(args));

        Assert.Contains($"'{value}'", e.Message);
    }
}
