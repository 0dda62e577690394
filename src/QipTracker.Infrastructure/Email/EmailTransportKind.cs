namespace QipTracker.Infrastructure.Email;

/// <summary>Values of the Email:Transport setting.</summary>
public enum EmailTransportKind
{
    /// <summary>Writes .eml files under the data folder: the embedded default, nothing leaves the machine.</summary>
    Eml,
    /// <summary>Sends through the SendGrid v3 API: the production default.</summary>
    SendGrid,
}
