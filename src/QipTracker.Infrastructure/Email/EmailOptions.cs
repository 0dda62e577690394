namespace QipTracker.Infrastructure.Email;

/// <summary>
/// Email settings resolved once at start-up by <see cref="EmailSetup.AddQipEmail"/>.
/// A class, not a record, so that logging it never prints the API key.
/// </summary>
public sealed class EmailOptions
{
    public EmailTransportKind Transport { get; init; } = EmailTransportKind.Eml;
    public string From { get; init; } = EmailSetup.DefaultFrom;
    public string? FromName { get; init; } = EmailSetup.DefaultFromName;
    /// <summary>Sends tried before an email is marked Failed (transient failures only; a permanent one fails at once).</summary>
    public int MaxAttempts { get; init; } = 8;
    /// <summary>Rows read per round trip by the dispatcher.</summary>
    public int BatchSize { get; init; } = 50;
    /// <summary>Where <see cref="EmlFileTransport"/> writes: &lt;DataFolder&gt;/outbox.</summary>
    public string EmlFolder { get; init; } = "outbox";
    public string? SendGridApiKey { get; init; }
    /// <summary>Base address of the SendGrid API; null for the real one. Tests point it at a stub.</summary>
    public string? SendGridHost { get; init; }
    public TimeSpan SendTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a claimed email stays invisible to other dispatchers while it is being sent. Well
    /// above the send timeout, so a slow send is never claimed twice; if a node dies mid-send the
    /// email is picked up again after this.
    /// </summary>
    public TimeSpan ClaimLease => TimeSpan.FromMinutes(5) > SendTimeout * 4 ? TimeSpan.FromMinutes(5) : SendTimeout * 4;
}
