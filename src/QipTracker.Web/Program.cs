using QipTracker.Web.CommandLine;
using QipTracker.Web.Hosting;

// One executable, two uses: with no verb it serves the web app; with a verb (see --help) it
// applies migrations, does that one job with the same configuration, and exits.
var invocation = CommandLineInvocation.Parse(args);
if (invocation.WantsHelp)
{
    invocation.PrintHelp(Console.Out);
    return invocation.UnknownVerb is null ? 0 : 2;
}

var builder = WebApplication.CreateBuilder(invocation.HostArgs);
if (invocation.Verb is not null)
{
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    // A verb's stdout is its output (JSON to pipe into jq, the paths written): every log line goes to stderr.
    builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    builder.Configuration["Jobs:RunServer"] = "false";
}
builder.AddQip();

var app = builder.Build();
app.LogUnsetDates();
// Several nodes may start at once on one PostgreSQL database: one at a time migrates, seeds and creates shared keys.
await using (await StartupLock.AcquireAsync(app))
{
    await app.PrepareDatabaseAsync();
    if (invocation.Verb is null)
    {
        await app.SeedDemoTrustAsync();
        app.PrepareSharedState();
    }
}
app.SweepPaperWorkFolders();

if (invocation.Verb is not null)
    return await app.RunVerbAsync(invocation);

app.UseQip();
await app.RunAsync();
return 0;

public partial class Program;
