using System.Globalization;
using System.Text.Json;
using MediatR;
using QipTracker.Domain.Reporting;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.PlanImport;
using QipTracker.Web.Features.Trajectory;

namespace QipTracker.Web.CommandLine;

/// <summary>Prints delivery against trajectory as at a date, for scripts (json) or people (table).</summary>
[Verb("trajectory", "Print the trajectory (planned vs completed root causes and % achieved) as at a date.",
    "trajectory --trust \"<trust name>\" [--as-of yyyy-MM-dd] [--format json|table]")]
public sealed class TrajectoryVerb(IMediator mediator, CurrentUser current, Infrastructure.Persistence.QipDbContext db) : ICommandVerb
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var format = (args.Optional("format") ?? "table").ToLowerInvariant();
        if (format is not ("json" or "table")) throw new VerbUsageException($"--format '{format}' is not json or table.");
        DateOnly? asOf = null;
        if (args.Optional("as-of") is { } text)
            asOf = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d : throw new VerbUsageException($"--as-of '{text}' is not a date in the form yyyy-MM-dd.");

        var name = args.Required("trust");
        var trust = await db.FindTrustByNameAsync(name, ct);
        if (trust is null)
        {
            await error.WriteLineAsync($"There is no trust called '{name}'.");
            return 1;
        }
        current.ActAsSystemIn(trust.Id);
        var report = await mediator.Send(new GetTrajectory(asOf), ct);

        if (format == "json")
            await output.WriteLineAsync(JsonSerializer.Serialize(report.Series.Select(s => new
            {
                isg = s.Isg,
                priority = s.PriorityLabel,
                planned = s.PlannedToDate,
                completed = s.CompletedToDate,
                percent = s.PercentToDate,
                standing = TrajectoryPercent.Words(s.Standing),
            }), Indented));
        else
            await WriteTableAsync(report, output);
        return 0;
    }

    private static async Task WriteTableAsync(TrajectoryReport report, TextWriter output)
    {
        await output.WriteLineAsync($"Trajectory as at {report.AsOf:d MMMM yyyy}");
        await output.WriteLineAsync($"{"ISG",-32} {"priority",-9} {"planned",8} {"completed",10} {"% achieved",11}  standing");
        foreach (var s in report.Series)
            await output.WriteLineAsync($"{s.Isg,-32} {s.PriorityLabel,-9} {s.PlannedToDate,8} {s.CompletedToDate,10} {TrajectoryPercent.Format(s.PercentToDate),11}  {TrajectoryPercent.Words(s.Standing)}");
    }
}
