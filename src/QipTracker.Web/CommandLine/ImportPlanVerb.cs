using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Imports a plan file into a trust found by name, through the same request (and so the same
/// validation and rules) as the page and the API. The verb holds the transaction, so that a
/// trust made by --create-trust disappears again with a bad file: all or nothing.
/// </summary>
[Verb("import-plan", "Import a plan (findings, root causes, owners) from a CSV or XLSX file into a trust.",
    "import-plan --trust \"<trust name>\" --file plan.csv|plan.xlsx [--create-trust] [--dry-run]")]
public sealed class ImportPlanVerb(QipDbContext db, CurrentUser currentUser, IMediator mediator, TimeProvider clock) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var name = args.Required("trust").Trim();
        var path = ShellPath.Input(args.Required("file"));
        var dryRun = args.Has("dry-run");
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file '{path}'.");
            return 1;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct); // the pipeline joins it rather than starting its own
        var trust = await db.FindTrustByNameAsync(name, ct);
        var created = false;
        if (trust is null)
        {
            if (!args.Has("create-trust"))
            {
                await error.WriteLineAsync($"There is no trust named '{name}'. Check the name, or add --create-trust to create it with the plan.");
                return 1;
            }
            // A trust made here is not made through a request, so the input policy is applied by hand.
            if ((InputText.Problem(name) ?? (name.Length > InputLimits.Name ? $"is longer than {InputLimits.Name} characters." : null)) is { } problem)
                throw new VerbUsageException($"--trust {problem}");
            trust = new Trust(name, "", TrustType.Acute, clock.GetUtcNow());
            db.Trusts.Add(trust);
            await db.SaveChangesAsync(ct);
            created = true;
        }

        currentUser.ActAsSystemIn(trust.Id);
        try
        {
            await using var file = File.OpenRead(path);
            var result = await mediator.Send(new ImportPlan(file, Path.GetFileName(path), dryRun), ct);
            if (dryRun) await transaction.RollbackAsync(ct);
            else await transaction.CommitAsync(ct);
            await output.WriteLineAsync($"{(created && !dryRun ? "Created trust" : "Trust")} '{trust.Name}': {result.Describe()}");
            return 0;
        }
        catch (RequestValidationException e)
        {
            await transaction.RollbackAsync(ct);
            foreach (var line in PlanImportErrors.Lines(e)) await error.WriteLineAsync(line);
            await error.WriteLineAsync($"Nothing was imported{(created ? $", and the trust '{name}' was not created" : "")}.");
            return 1;
        }
    }
}
