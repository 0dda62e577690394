using System.Net;
using Microsoft.Extensions.Logging;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Sends through the SendGrid v3 mail/send API with the official client. The HttpClient comes
/// from IHttpClientFactory with <see cref="EmailOptions.SendTimeout"/>; SendGrid's own retry
/// handler is not used (the outbox retries, with back-off that survives restarts).
/// </summary>
public sealed class SendGridTransport : IEmailTransport
{
    public const string OutboxIdArg = "qip_outbox_id";
    public const string OutboxIdHeader = "X-Qip-Outbox-Id";
    private const int MaxErrorBody = 1500;

    private readonly SendGridClient _client;
    private readonly EmailOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<SendGridTransport> _logger;

    public SendGridTransport(HttpClient http, EmailOptions options, TimeProvider clock, ILogger<SendGridTransport> logger)
    {
        if (string.IsNullOrWhiteSpace(options.SendGridApiKey))
            throw new InvalidOperationException($"{EmailSetup.SendGridApiKeyKey} is not set (environment variable SendGrid__ApiKey).");
        var clientOptions = new SendGridClientOptions { ApiKey = options.SendGridApiKey };
        if (options.SendGridHost is { } host) clientOptions.Host = host;
        _client = new SendGridClient(http, clientOptions);
        _options = options;
        _clock = clock;
        _logger = logger;
    }

    public async Task<TransportResult> SendAsync(OutboxEmail email, CancellationToken ct)
    {
        var message = BuildMessage(email);
        Response response;
        try
        {
            response = await _client.SendEmailAsync(message, ct);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // HttpClient.Timeout surfaces as a cancellation the caller did not ask for.
            return TransportResult.Transient($"SendGrid did not answer within {_options.SendTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException ex)
        {
            return TransportResult.Transient($"SendGrid could not be reached: {ex.Message}");
        }

        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            _logger.LogInformation("Email {OutboxId} accepted by SendGrid ({Status})", email.Id, status);
            return TransportResult.Sent;
        }

        var body = await ReadBodyAsync(response, ct);
        var error = $"SendGrid answered {status} {response.StatusCode}: {body}".TrimEnd(' ', ':');
        _logger.LogWarning("Email {OutboxId} to {To} not accepted by SendGrid: {Error}", email.Id, email.ToAddress, error);
        return status switch
        {
            429 => TransportResult.Transient(error, RetryAfter(response)),
            (int)HttpStatusCode.RequestTimeout or >= 500 => TransportResult.Transient(error, RetryAfter(response)),
            // 400 bad request, 401/403 key or sender not allowed, 413 too large: retrying cannot help.
            _ => TransportResult.Permanent(error),
        };
    }

    public SendGridMessage BuildMessage(OutboxEmail email)
    {
        var message = new SendGridMessage
        {
            From = new EmailAddress(_options.From, _options.FromName),
            Subject = email.Subject,
        };
        // SendGrid rejects an empty content value, and wants text/plain before text/html.
        if (!string.IsNullOrEmpty(email.TextBody)) message.AddContent(MimeType.Text, email.TextBody);
        if (!string.IsNullOrEmpty(email.HtmlBody)) message.AddContent(MimeType.Html, email.HtmlBody);
        message.AddTo(new EmailAddress(email.ToAddress, email.ToName));
        // The outbox id travels with the message (event webhook custom arg, and a header in the
        // delivered email), so a retried or complained-about email can be traced to its row.
        message.AddCustomArg(OutboxIdArg, email.Id.ToString());
        message.AddHeader(OutboxIdHeader, email.Id.ToString());
        return message;
    }

    private TimeSpan? RetryAfter(Response response)
    {
        var header = response.Headers?.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - _clock.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        return null;
    }

    private static async Task<string> ReadBodyAsync(Response response, CancellationToken ct)
    {
        if (response.Body is null) return "";
        try
        {
            var body = (await response.Body.ReadAsStringAsync(ct)).Trim();
            return body.Length > MaxErrorBody ? body[..MaxErrorBody] + "…" : body;
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            return $"(response body unreadable: {ex.Message})";
        }
    }
}
