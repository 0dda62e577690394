namespace QipTracker.Web.CommandLine;

/// <summary>A verb's options: `--name value` pairs and bare `--flag`s.</summary>
public sealed class VerbArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    public VerbArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var arg = list[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new VerbUsageException($"Unexpected argument '{arg}': options start with --.");
            var name = arg[2..];
            var eq = name.IndexOf('=');
            if (eq > 0) _options[name[..eq]] = name[(eq + 1)..];
            else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[name] = list[++i];
            else _options[name] = null;
        }
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Optional(string name) => _options.TryGetValue(name, out var v) ? v : null;

    public string Required(string name) =>
        Optional(name) is { Length: > 0 } value ? value : throw new VerbUsageException($"--{name} is required.");
}

/// <summary>The verb was called wrongly; the message says how.</summary>
public sealed class VerbUsageException(string message) : Exception(message);
