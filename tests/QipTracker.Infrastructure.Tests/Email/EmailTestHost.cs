using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using WireMock.Server;

namespace QipTracker.Infrastructure.Tests.Email;

/// <summary>
/// The real email wiring (AddQipPersistence + AddQipEmail) over a migrated SQLite file in a temp
/// folder, a fake clock, and optionally a WireMock stub standing in for api.sendgrid.com.
/// Set QIP_EMAIL_TEST_POSTGRES to a server connection string (e.g. "Host=127.0.0.1;Port=5432;Username=postgres")
/// to run the same tests on a fresh PostgreSQL database each instead.
/// </summary>
internal sealed class EmailTestHost : IAsyncDisposable
{
    public const string ApiKey = "SG.test-key";
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public required ServiceProvider Services { get; init; }
    public required FakeTimeProvider Clock { get; init; }
    public required string DataFolder { get; init; }
    public WireMockServer? SendGrid { get; init; }
    public const string PostgresVariable = "QIP_EMAIL_TEST_POSTGRES";

    /// <summary>SendGrid transport pointed at a fresh WireMock server; <paramref name="settings"/> adds or overrides keys.</summary>
    public static Task<EmailTestHost> WithSendGridAsync(params (string Key, string? Value)[] settings)
    {
        var server = WireMockServer.Start();
        var config = new Dictionary<string, string?>
        {
            [EmailSetup.TransportKey] = "SendGrid",
            [EmailSetup.SendGridApiKeyKey] = ApiKey,
            [EmailSetup.SendGridHostKey] = server.Url,
            [EmailSetup.FromKey] = "qip@trust.example.nhs.uk",
            [EmailSetup.FromNameKey] = "QIP Tracker",
        };
        foreach (var (key, value) in settings) config[key] = value;
        return StartAsync(config, server);
    }

    public static Task<EmailTestHost> WithEmlAsync(params (string Key, string? Value)[] settings)
    {
        var config = new Dictionary<string, string?> { [EmailSetup.TransportKey] = "Eml" };
        foreach (var (key, value) in settings) config[key] = value;
        return StartAsync(config, null);
    }

    private static async Task<EmailTestHost> StartAsync(Dictionary<string, string?> config, WireMockServer? server)
    {
        var folder = Directory.CreateTempSubdirectory("qip-email-").FullName;
        var qip = Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } postgres
            ? new QipOptions(DatabaseProvider.Postgres, $"{postgres};Database=qip_email_{Guid.NewGuid():N}", folder)
            : new QipOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "qip.db")}", folder);
        var clock = new FakeTimeProvider(Start);
        var services = new ServiceCollection()
            .AddQipPersistence(qip)
            .AddQipEmail(new ConfigurationBuilder().AddInMemoryCollection(config).Build(), qip)
            .AddSingleton<TimeProvider>(clock) // after AddQipPersistence, so it wins
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = new EmailTestHost { Services = services, Clock = clock, DataFolder = folder, SendGrid = server };
        await using var scope = host.Scope();
        await scope.ServiceProvider.GetRequiredService<QipDbContext>().Database.MigrateAsync();
        return host;
    }

    /// <summary>A scope acting as the system across trusts, as the Hangfire job's will.</summary>
    public AsyncServiceScope Scope()
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAsSystemEverywhere();
        return scope;
    }

    public static EmailMessage Message(string to = "ward.manager@trust.example.nhs.uk", string subject = "Root cause RC-12 is overdue",
        string? dedupKey = null) =>
        new(to, "Ward Manager", subject, $"<p>{subject}</p>", subject, Guid.NewGuid(), dedupKey);

    /// <summary>Queues and commits one email as a handler would; returns its outbox id.</summary>
    public async Task<Guid> QueueAsync(EmailMessage message)
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
        await scope.ServiceProvider.GetRequiredService<IEmailSender>().QueueAsync(message, CancellationToken.None);
        var added = db.ChangeTracker.Entries<OutboxEmail>().Single(e => e.State == EntityState.Added).Entity;
        await db.SaveChangesAsync();
        return added.Id;
    }

    public async Task<DispatchResult> DispatchAsync()
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
    }

    public async Task<OutboxEmail> GetAsync(Guid id)
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<QipDbContext>().OutboxEmails.AsNoTracking().SingleAsync(o => o.Id == id);
    }

    public async Task<List<OutboxEmail>> AllAsync()
    {
        await using var scope = Scope();
        return await scope.ServiceProvider.GetRequiredService<QipDbContext>().OutboxEmails.AsNoTracking().ToListAsync();
    }

    /// <summary>Requests the stub received on the mail/send endpoint.</summary>
    public int MailSendCount => SendGrid!.LogEntries.Count(e => e.RequestMessage.Path == "/v3/mail/send");

    public async ValueTask DisposeAsync()
    {
        SendGrid?.Stop();
        SendGrid?.Dispose();
        if (Services.GetRequiredService<QipOptions>().Provider == DatabaseProvider.Postgres)
            await using (var scope = Scope())
                await scope.ServiceProvider.GetRequiredService<QipDbContext>().Database.EnsureDeletedAsync();
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools(); // releases the file so the folder can go
        try { Directory.Delete(DataFolder, recursive: true); } catch (IOException) { }
    }
}
