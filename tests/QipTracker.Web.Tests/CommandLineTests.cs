using Microsoft.Extensions.Configuration;
using QipTracker.Web.CommandLine;

namespace QipTracker.Web.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void Help_lists_every_verb_with_its_usage()
    {
        var help = new StringWriter();
        CommandLineInvocation.Parse(["--help"]).PrintHelp(help);
        Assert.NotEmpty(CommandLineInvocation.Catalogue);
        foreach (var (verb, _) in CommandLineInvocation.Catalogue)
        {
            Assert.Contains(verb.Name, help.ToString());
            Assert.Contains(verb.Usage, help.ToString());
        }
    }

    [Fact]
    public void An_unknown_verb_is_named_and_help_is_shown()
    {
        var invocation = CommandLineInvocation.Parse(["frobnicate"]);
        var help = new StringWriter();
        invocation.PrintHelp(help);
        Assert.True(invocation.WantsHelp);
        Assert.StartsWith("Unknown verb 'frobnicate'.", help.ToString());
    }

    [Fact]
    public void Verb_options_and_configuration_overrides_are_told_apart()
    {
        var invocation = CommandLineInvocation.Parse(["migrate", "--Database:Provider=Postgres", "--flag", "--name", "value"]);
        Assert.Equal("migrate", invocation.Verb!.Name);
        Assert.Equal(["--Database:Provider=Postgres"], invocation.HostArgs);
        var options = new VerbArguments(invocation.VerbArgs);
        Assert.True(options.Has("flag"));
        Assert.Null(options.Optional("flag"));
        Assert.Equal("value", options.Required("name"));
        Assert.Throws<VerbUsageException>(() => options.Required("missing"));
    }

    [Fact]
    public void An_unknown_database_provider_stops_start_up_naming_the_valid_values()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Provider"] = "Oracle" }).Build();
        var error = Assert.Throws<InvalidOperationException>(() => Infrastructure.QipOptions.From(config, Path.GetTempPath()));
        Assert.Contains("'Oracle'", error.Message);
        Assert.Contains("Sqlite, Postgres", error.Message);
    }
}
