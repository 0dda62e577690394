namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// `dotnet run --project src/QipTracker.Web` runs the app in the project's folder, not the
/// operator's, so a relative path such as plan.csv is taken from the shell's folder (PWD) first.
/// </summary>
internal static class ShellPath
{
    public static string Input(string path) =>
        Path.IsPathRooted(path) ? path : Candidates(path).FirstOrDefault(File.Exists) ?? Path.GetFullPath(path);

    public static string Output(string path) => Path.IsPathRooted(path) ? path : Candidates(path).First();

    private static IEnumerable<string> Candidates(string path)
    {
        if (Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && Path.IsPathRooted(shell))
            yield return Path.GetFullPath(path, shell);
        yield return Path.GetFullPath(path);
    }
}
