using MediatR;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Imports a plan file into a trust found by name, through the same request (and so the same validation,
/// rules and preview) as the page and the API. Without --apply it only previews: what the file would create,
/// update field by field and leave alone, and the preview's key; --apply imports, and --apply --confirm KEY
/// imports exactly that preview or nothing. Changes to findings already in the plan need the confirmed key.
/// The verb holds the transaction, so that a trust made by --create-trust disappears again with a bad file
/// or a preview: all or nothing.
/// </summary>
[Verb("import-plan", "Preview (the default) or import a plan (findings, root causes, owners) from a CSV or XLSX file into a trust.",
    "import-plan --trust \"<trust name>\" --file plan.csv|plan.xlsx [--create-trust] [--dry-run | --apply [--confirm <preview key>]]")]
public sealed class ImportPlanVerb(QipDbContext db, CurrentUser currentUser, IMediator mediator, TimeProvider clock) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var name = args.Required("trust").Trim();
        var path = ShellPath.Input(args.Required("file"));
        var apply = args.Has("apply");
        if (apply && args.Has("dry-run")) throw new VerbUsageException("Give --dry-run (preview only, the default) or --apply, not both.");
        var key = args.Optional("confirm");
        if (args.Has("confirm") && (!apply || string.IsNullOrWhiteSpace(key)))
            throw new VerbUsageException("--confirm takes the key a preview printed, with --apply: --apply --confirm <preview key>.");
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
            var result = await mediator.Send(new ImportPlan(file, Path.GetFileName(path), DryRun: !apply, key), ct);
            var applied = result.Outcome == ImportOutcome.Applied;
            if (applied) await transaction.CommitAsync(ct);
            else await transaction.RollbackAsync(ct);

            var writer = applied || result.Outcome == ImportOutcome.Preview ? output : error;
            await writer.WriteLineAsync(created
                ? applied ? $"Created trust '{trust.Name}' with its plan." : $"Trust '{trust.Name}' is new: it would be created with the plan."
                : $"Trust '{trust.Name}':");
            foreach (var line in result.Lines()) await writer.WriteLineAsync(line);
            if (!applied)
                await writer.WriteLineAsync($"Preview key: {result.PreviewKey}. To import exactly this, run again with --apply --confirm {result.PreviewKey}");
            return applied || result.Outcome == ImportOutcome.Preview ? 0 : 1;
        }
        catch (RequestValidationException e)
        {
            await transaction.RollbackAsync(ct);
            foreach (var line in PlanImportErrors.Lines(e)) await error.WriteLineAsync(line);
            if (e.Details.GetValueOrDefault(PlanImportErrors.PreviewKey) is ImportResult preview)
                foreach (var line in preview.Lines()) await error.WriteLineAsync(line);
            await error.WriteLineAsync($"Nothing was imported{(created ? $", and the trust '{name}' was not created" : "")}.");
            return 1;
        }
    }
}
