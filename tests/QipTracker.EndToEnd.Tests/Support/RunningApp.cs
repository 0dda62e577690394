using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// The real app as its own process on a free loopback port, on the embedded default (SQLite file,
/// in-process Hangfire, demo trust seeded) — exactly what `dotnet run` gives a new user — or, through
/// <see cref="OnPostgres"/>, as one of several nodes sharing a PostgreSQL database and its job storage.
/// </summary>
public sealed class RunningApp(IReadOnlyDictionary<string, string> settings) : IAsyncLifetime
{
    public RunningApp() : this(new Dictionary<string, string>()) { }

    /// <summary>A node on the given PostgreSQL database (emails written as .eml files to its own data folder); more settings on top.</summary>
    public static RunningApp OnPostgres(string connectionString, IReadOnlyDictionary<string, string>? more = null) =>
        new(new Dictionary<string, string>(more ?? new Dictionary<string, string>())
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__Qip"] = connectionString,
            ["Email__Transport"] = "Eml",
        });

    public const string DemoPassword = "e2e demo password 2026";
    private Process? _process;
    private string _dll = "", _webProject = "";
    private readonly StringBuilder _log = new();
    public string DataFolder { get; } = Directory.CreateTempSubdirectory("qip-e2e-").FullName;
    public string BaseUrl { get; private set; } = "";
    public string Log { get { lock (_log) return _log.ToString(); } }
    /// <summary>The app's process id (Hangfire names its job server after it).</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The app is not running.");

    public async Task InitializeAsync()
    {
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var webProject = _webProject = Path.Combine(RepositoryRoot(), "src", "QipTracker.Web");
        // The web project's own build output (built as this test project's reference), with its static-asset manifest.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name; // bin/<Configuration>/net10.0
        var dll = _dll = Path.Combine(webProject, "bin", configuration, "net10.0", "QipTracker.Web.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", BaseUrl])
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // static web assets from the build output
        start.Environment["Demo__Seed"] = "true";
        start.Environment["Demo__Password"] = DemoPassword;
        Configure(start);
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_log) _log.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var http = new HttpClient();
        // Generous: seeding the demo trust on a busy 2-core machine can take minutes; a healthy start is far quicker.
        var deadline = DateTime.UtcNow.AddSeconds(300);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited during start-up:\n{Log}");
            try
            {
                if ((await http.GetAsync($"{BaseUrl}/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health within 300 s:\n{Log}");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false }) _process.Kill(entireProcessTree: true);
        _process?.WaitForExit(10_000);
        _process?.Dispose();
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    /// <summary>Runs one recurring job now through the app's own command line (`run-job`), against the same data, as an operator would.</summary>
    public async Task<string> RunJobAsync(string job)
    {
        var start = new ProcessStartInfo("dotnet", [_dll, "run-job", "--job", job])
        {
            WorkingDirectory = _webProject, // the same content root (and settings) as the app
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        Configure(start);
        using var run = Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        if (run.ExitCode != 0) throw new InvalidOperationException($"run-job {job} failed ({run.ExitCode}):\n{await output}\n{await error}");
        return await output;
    }

    /// <summary>Kills the app outright (SIGKILL): no shutdown, no finally blocks, open transactions left to the database.</summary>
    public void Kill()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    /// <summary>Starts the app again (after <see cref="Kill"/>) on the same data, on a new port.</summary>
    public async Task RestartAsync()
    {
        _process?.Dispose();
        _process = null;
        await InitializeAsync();
    }

    /// <summary>Waits for a line containing <paramref name="text"/> in the app's log; true if it came in time.</summary>
    public async Task<bool> WaitForLogAsync(string text, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (DateTime.UtcNow < deadline)
        {
            if (Log.Contains(text, StringComparison.Ordinal)) return true;
            await Task.Delay(100);
        }
        return false;
    }

    // The same data folder and settings for the app and for a verb run beside it.
    private void Configure(ProcessStartInfo start)
    {
        start.Environment["DataFolder"] = DataFolder;
        // The journeys sign the demo people in again and again from one address: far above what a real person does.
        foreach (var budget in new[] { "SignIn__PerIp", "SignIn__PerAccount", "PasswordReset__PerIp", "PasswordReset__PerAccount",
            "Invitation__PerIp", "Invitation__PerInvitation", "Api__PerUser", "Api__PerToken", "Api__PerIp" })
            start.Environment[$"RateLimits__{budget}"] = "1000000";
        foreach (var (key, value) in settings) start.Environment[key] = value; // e.g. BoardPapers__OfficePath
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QipTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find QipTracker.sln above the test output folder.");
    }
}
