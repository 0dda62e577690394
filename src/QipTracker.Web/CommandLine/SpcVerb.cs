using System.Globalization;
using System.Text.Json;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis.Spc;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Features.Spc;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Analyses a KPI series from a CSV file as an XmR chart, with the engine the app uses and the
/// API's JSON. It reads no trust and no database: a file in, a chart's numbers out.
/// </summary>
[Verb("spc", "Analyse a KPI series (CSV with period,value) as an XmR chart: limits, special causes, variation and assurance.",
    "spc --input series.csv --direction increase|decrease|neutral [--target X] [--shift 7] [--trend 7] [--screen-outliers] [--rebase p1,p2] [--fix-after N] [--format json|table]")]
public sealed class SpcVerb : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var format = (args.Optional("format") ?? "table").ToLowerInvariant();
        if (format is not ("json" or "table")) throw new VerbUsageException($"--format '{format}' is not json or table.");
        var direction = SpcJson.Direction(args.Required("direction"))
            ?? throw new VerbUsageException($"--direction '{args.Optional("direction")}' is not increase, decrease or neutral.");
        var options = new SpcOptions
        {
            Target = Number(args, "target"),
            ShiftLength = Count(args, "shift") ?? SpcOptions.Default.ShiftLength,
            TrendLength = Count(args, "trend") ?? SpcOptions.Default.TrendLength,
            FixAfter = Count(args, "fix-after"),
            ScreenOutliers = args.Has("screen-outliers"),
            RebaseAt = (args.Optional("rebase") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };

        var path = ShellPath.Input(args.Required("input"));
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file '{path}'.");
            return 1;
        }
        var (points, problems) = SeriesCsv.Read(await File.ReadAllTextAsync(path, ct));
        if (problems.Count > 0)
        {
            foreach (var problem in problems) await error.WriteLineAsync(problem);
            return 1;
        }

        SpcResult result;
        try
        {
            result = XmrChart.Analyse(points, direction, options);
        }
        catch (DomainException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }

        if (format == "json") await output.WriteLineAsync(JsonSerializer.Serialize(SpcJson.From(result), SpcJson.Indented));
        else await WriteTableAsync(result, output);
        return 0;
    }

    private static decimal? Number(VerbArguments args, string name) => args.Optional(name) is not { } text ? null
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n
        : throw new VerbUsageException($"--{name} '{text}' is not a number such as 95 or 92.5.");

    private static int? Count(VerbArguments args, string name) => args.Optional(name) is not { } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new VerbUsageException($"--{name} '{text}' is not a whole number.");

    // Rounded for reading only; the JSON carries the engine's numbers.
    private static async Task WriteTableAsync(SpcResult result, TextWriter output)
    {
        static string N(decimal x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"{"period",-12} {"value",10} {"mean",10} {"lpl",10} {"upl",10}  type");
        foreach (var p in result.Points)
            await output.WriteLineAsync($"{p.Period,-12} {N(p.Value),10} {N(p.Mean),10} {N(p.Lpl),10} {N(p.Upl),10}  {SpcJson.Name(p.Type)}{(p.IsRebasePoint ? " (rebased)" : "")}");
        await output.WriteLineAsync($"variation: {SpcJson.Name(result.Variation)}; assurance: {SpcJson.Name(result.Assurance)}{(result.TrialLimits ? "; trial limits (fewer than 12 points)" : "")}");
    }
}
