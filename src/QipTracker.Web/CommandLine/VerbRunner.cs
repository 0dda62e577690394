namespace QipTracker.Web.CommandLine;

public static class VerbRunner
{
    /// <summary>Runs the chosen verb in its own DI scope; a usage, validation or domain error prints its message and exits non-zero.</summary>
    public static async Task<int> RunVerbAsync(this WebApplication app, CommandLineInvocation invocation)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var verb = (ICommandVerb)ActivatorUtilities.CreateInstance(scope.ServiceProvider, invocation.VerbType!);
        try
        {
            return await verb.RunAsync(new VerbArguments(invocation.VerbArgs), Console.Out, Console.Error, CancellationToken.None);
        }
        catch (VerbUsageException e)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\nUsage: {invocation.Verb!.Usage}");
            return 2;
        }
        catch (Domain.Common.DomainException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 1;
        }
        catch (Application.RequestValidationException e)
        {
            // e.g. a date outside the window the input policy accepts: each problem on a line, naming the field.
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) await Console.Error.WriteLineAsync($"{field}: {message}");
            return 1;
        }
    }
}
