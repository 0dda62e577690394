using System.Net.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Email;

public static class EmailSetup
{
    public const string TransportKey = "Email:Transport";
    public const string FromKey = "Email:From";
    public const string FromNameKey = "Email:FromName";
    public const string MaxAttemptsKey = "Email:MaxAttempts";
    public const string BatchSizeKey = "Email:BatchSize";
    public const string SendGridApiKeyKey = "SendGrid:ApiKey";
    public const string SendGridHostKey = "SendGrid:Host";
    public const string SendGridTimeoutKey = "SendGrid:TimeoutSeconds";
    public const string DefaultFrom = "noreply@qiptracker.local";
    public const string DefaultFromName = "QipTracker";

    /// <summary>
    /// Registers the outbox (<see cref="IEmailSender"/>, <see cref="OutboxDispatcher"/>,
    /// <see cref="OutboxAdmin"/>) and the transport chosen by Email:Transport. Call after
    /// AddQipPersistence. Settings are checked here, so a missing SendGrid key stops start-up
    /// instead of failing the first email an hour later.
    /// </summary>
    public static IServiceCollection AddQipEmail(this IServiceCollection services, IConfiguration config, QipOptions qip)
    {
        var options = ReadOptions(config, qip);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddScoped<IEmailSender, OutboxEmailSender>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxAdmin>();

        if (options.Transport == EmailTransportKind.SendGrid)
        {
            // A typed client: pooled handlers from IHttpClientFactory, our own timeout.
            services.AddHttpClient<SendGridTransport>(http => http.Timeout = options.SendTimeout);
            services.AddTransient<IEmailTransport>(sp => sp.GetRequiredService<SendGridTransport>());
        }
        else
        {
            services.AddSingleton<EmlFileTransport>();
            services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<EmlFileTransport>());
        }
        return services;
    }

    /// <summary>Reads and checks the email settings; every error names the key to fix.</summary>
    public static EmailOptions ReadOptions(IConfiguration config, QipOptions qip)
    {
        var transport = ReadTransport(config, qip);

        var from = config[FromKey] is { Length: > 0 } f ? f.Trim() : DefaultFrom;
        if (!MailAddress.TryCreate(from, out var fromAddress) || fromAddress.Address != from)
            throw new InvalidOperationException($"{FromKey} is '{from}', which is not a single email address.");

        var apiKey = config[SendGridApiKeyKey] is { Length: > 0 } k ? k.Trim() : null;
        if (transport == EmailTransportKind.SendGrid && apiKey is null)
            throw new InvalidOperationException(
                $"{TransportKey} is SendGrid but {SendGridApiKeyKey} is not set (environment variable SendGrid__ApiKey). " +
                $"Set it, or set {TransportKey}=Eml to write emails to files instead.");

        var host = config[SendGridHostKey] is { Length: > 0 } h ? h.Trim() : null;
        if (host is not null && !(Uri.TryCreate(host, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            throw new InvalidOperationException($"{SendGridHostKey} is '{host}', which is not an http(s) address.");

        return new EmailOptions
        {
            Transport = transport,
            From = from,
            FromName = config[FromNameKey] is { } name ? (name.Trim() is { Length: > 0 } n ? n : null) : DefaultFromName,
            MaxAttempts = ReadPositive(config, MaxAttemptsKey, 8, max: 100),
            BatchSize = ReadPositive(config, BatchSizeKey, 50, max: 1000),
            EmlFolder = Path.Combine(qip.DataFolder, "outbox"),
            SendGridApiKey = apiKey,
            SendGridHost = host,
            SendTimeout = TimeSpan.FromSeconds(ReadPositive(config, SendGridTimeoutKey, 30, max: 300)),
        };
    }

    private static EmailTransportKind ReadTransport(IConfiguration config, QipOptions qip)
    {
        var text = config[TransportKey];
        if (string.IsNullOrWhiteSpace(text))
            return qip.Provider == DatabaseProvider.Postgres ? EmailTransportKind.SendGrid : EmailTransportKind.Eml;
        if (Enum.TryParse<EmailTransportKind>(text.Trim(), ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            && !char.IsDigit(text.Trim()[0]))
            return kind;
        throw new InvalidOperationException(
            $"{TransportKey} is '{text}', which is not an email transport. Valid values: {string.Join(", ", Enum.GetNames<EmailTransportKind>())}.");
    }

    private static int ReadPositive(IConfiguration config, string key, int fallback, int max)
    {
        var text = config[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var value)
            && value >= 1 && value <= max)
            return value;
        throw new InvalidOperationException($"{key} is '{text}'; it must be a whole number from 1 to {max}.");
    }
}
