namespace QipTracker.Web.CommandLine;

/// <summary>Applies database migrations (done before every verb) and exits: for deployment pipelines.</summary>
[Verb("migrate", "Apply database migrations and exit.", "migrate")]
public sealed class MigrateVerb : ICommandVerb
{
    public Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        output.WriteLine("The database is up to date.");
        return Task.FromResult(0);
    }
}
