namespace QipTracker.Web.CommandLine;

/// <summary>Names a command-line verb and says what it does, for dispatch and for --help.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class VerbAttribute(string name, string summary, string usage) : Attribute
{
    public string Name { get; } = name;
    public string Summary { get; } = summary;
    public string Usage { get; } = usage;
}
