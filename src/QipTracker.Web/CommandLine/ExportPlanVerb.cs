using MediatR;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.CommandLine;

/// <summary>Writes a trust's plan register to an XLSX or CSV file in the import's columns.</summary>
[Verb("export-plan", "Export a trust's plan register to an XLSX or CSV file in the import columns.",
    "export-plan --trust \"<trust name>\" --out plan.xlsx|plan.csv")]
public sealed class ExportPlanVerb(QipDbContext db, CurrentUser currentUser, IMediator mediator) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var name = args.Required("trust").Trim();
        var path = ShellPath.Output(args.Required("out"));
        var format = PlanFileFormats.FromFileName(path)
                     ?? throw new VerbUsageException($"--out must name a .xlsx or .csv file, not '{Path.GetFileName(path)}'.");

        var trust = await db.FindTrustByNameAsync(name, ct);
        if (trust is null)
        {
            await error.WriteLineAsync($"There is no trust named '{name}'.");
            return 1;
        }
        currentUser.ActAsSystemIn(trust.Id);
        var plan = await mediator.Send(new ExportPlan(format.ToString()), ct);
        await File.WriteAllBytesAsync(path, plan.Content, ct);
        await output.WriteLineAsync($"Exported {plan.Rows} rows of the plan of '{trust.Name}' to {path}.");
        return 0;
    }
}
