namespace QipTracker.Web.CommandLine;

public static class VerbRunner
{
    /// <summary>Runs the chosen verb in its own DI scope; a usage, validation or domain error prints its message and exits non-zero.</summary>
    public static async Task<int> RunVerbAsync(this WebApplication app, CommandLineInvocation invocation)
    {
        // Ctrl+C (or SIGTERM from a scheduler) stops the verb's work at its next await instead of killing it mid-write.
        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler cancel = (_, e) => { e.Cancel = true; stop.Cancel(); };
        Console.CancelKeyPress += cancel;
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(
            System.Runtime.InteropServices.PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
        try { return await RunAsync(app.Services, invocation, Console.Out, Console.Error, stop.Token); }
        finally { Console.CancelKeyPress -= cancel; }
    }

    internal static async Task<int> RunAsync(IServiceProvider services, CommandLineInvocation invocation, TextWriter output, TextWriter error,
        CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var verb = (ICommandVerb)ActivatorUtilities.CreateInstance(scope.ServiceProvider, invocation.VerbType!);
        try
        {
            return await verb.RunAsync(new VerbArguments(invocation.VerbArgs), output, error, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await error.WriteLineAsync("Stopped before it finished: nothing of an unfinished step was saved.");
            return 130;
        }
        catch (VerbUsageException e)
        {
            await error.WriteLineAsync($"{e.Message}\nUsage: {invocation.Verb!.Usage}");
            return 2;
        }
        catch (Application.RequestValidationException e)
        {
            // e.g. a date outside the window the input policy accepts: each problem on a line, naming the field.
            foreach (var (field, messages) in e.Errors)
                foreach (var message in messages) await error.WriteLineAsync($"{field}: {message}");
            return 1;
        }
        catch (Exception e) when (Application.Failures.Of(e) is not null)
        {
            // Refused, not found, in conflict, against the rules, or a part such as LibreOffice failing: its message, no stack.
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
