using QipTracker.Web.Jobs;

namespace QipTracker.Web.CommandLine;

/// <summary>Runs one of the recurring jobs now, as Hangfire would: for operators and for catching up after downtime.</summary>
[Verb("run-job", "Run a recurring job now (email-outbox, sprint-rhythm, overdue-escalation, ecib-pack, …) and print its summary.",
    "run-job --job <id>")]
public sealed class RunJobVerb(JobRunner runner) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var id = args.Required("job");
        if (JobCatalog.Find(id) is null)
            throw new VerbUsageException($"There is no job '{id}'. The jobs are: {string.Join(", ", JobCatalog.All.Select(j => j.Id))}.");
        await output.WriteLineAsync(await runner.RunAsync(id, ct));
        return 0;
    }
}
