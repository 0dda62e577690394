using System.Reflection;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Splits the process arguments into a verb (if any), its options, and configuration overrides
/// for the host (`--Key:Sub=value` style, e.g. `--Database:Provider=Postgres`).
/// </summary>
public sealed record CommandLineInvocation(VerbAttribute? Verb, Type? VerbType, string[] VerbArgs, string[] HostArgs, bool WantsHelp, string? UnknownVerb)
{
    public static IReadOnlyList<(VerbAttribute Verb, Type Type)> Catalogue { get; } = typeof(Program).Assembly.GetTypes()
        .Where(t => typeof(ICommandVerb).IsAssignableFrom(t) && t.GetCustomAttribute<VerbAttribute>() is not null)
        .Select(t => (t.GetCustomAttribute<VerbAttribute>()!, t))
        .OrderBy(v => v.Item1.Name)
        .ToList();

    public static CommandLineInvocation Parse(string[] args)
    {
        if (args is ["--help" or "-h" or "help", ..]) return new(null, null, [], [], true, null);
        if (args.Length == 0 || args[0].StartsWith('-')) return new(null, null, [], args, false, null);

        var match = Catalogue.FirstOrDefault(v => v.Verb.Name == args[0]);
        if (match.Type is null) return new(null, null, [], [], true, args[0]);

        var rest = args[1..];
        if (rest.Contains("--help")) return new(match.Verb, match.Type, [], [], true, null);
        static bool IsConfig(string a) => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=') && a[..a.IndexOf('=')].Contains(':');
        return new(match.Verb, match.Type, rest.Where(a => !IsConfig(a)).ToArray(), rest.Where(IsConfig).ToArray(), false, null);
    }

    public void PrintHelp(TextWriter output)
    {
        if (UnknownVerb is not null) output.WriteLine($"Unknown verb '{UnknownVerb}'.\n");
        if (Verb is not null)
        {
            output.WriteLine($"{Verb.Name}: {Verb.Summary}\n\nUsage: dotnet run --project src/QipTracker.Web -- {Verb.Usage}");
            return;
        }
        output.WriteLine("QipTracker — run with no verb to start the web app, or with one of these verbs:\n");
        foreach (var (verb, _) in Catalogue)
            output.WriteLine($"  {verb.Name,-14} {verb.Summary}\n  {"",-14} usage: {verb.Usage}\n");
        output.WriteLine("Configuration may follow any verb as --Key:Sub=value (e.g. --Database:Provider=Postgres) or come from environment variables (Database__Provider).");
    }
}
