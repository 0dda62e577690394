namespace QipTracker.Web.CommandLine;

public static class VerbRunner
{
    /// <summary>Runs the chosen verb in its own DI scope; a usage, validation or domain error prints its message and exits non-zero.</summary>
    public static Task<int> RunVerbAsync(this WebApplication app, CommandLineInvocation invocation) =>
        RunAsync(app.Services, invocation, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(IServiceProvider services, CommandLineInvocation invocation, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var verb = (ICommandVerb)ActivatorUtilities.CreateInstance(scope.ServiceProvider, invocation.VerbType!);
        try
        {
            return await verb.RunAsync(new VerbArguments(invocation.VerbArgs), output, error, CancellationToken.None);
        }
        catch (VerbUsageException e)
        {
            await error.WriteLineAsync($"{e.Message}\nUsage: {invocation.Verb!.Usage}");
            return 2;
        }
        catch (Domain.Common.DomainException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Application.RequestValidationException e)
        {
            // e.g. a date outside the window the input policy accepts: each problem on a line, naming the field.
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) await error.WriteLineAsync($"{field}: {message}");
            return 1;
        }
    }
}
