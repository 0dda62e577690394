namespace QipTracker.Web.CommandLine;

/// <summary>
/// A verb run through the app's own executable and configuration: migrations are applied first,
/// the verb does its work and the process exits with its code (0 = success).
/// </summary>
public interface ICommandVerb
{
    Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct);
}
