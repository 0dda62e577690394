using System.Text;
using Microsoft.Extensions.Logging;

namespace QipTracker.Infrastructure.Email;

/// <summary>
/// The embedded default: "sends" by writing each email as an .eml file under
/// &lt;DataFolder&gt;/outbox, named by creation time and outbox id, which any mail client opens.
/// A retry overwrites the same file, so one email is one file.
/// </summary>
public sealed class EmlFileTransport(EmailOptions options, TimeProvider clock, ILogger<EmlFileTransport> logger) : IEmailTransport
{
    public static string FileNameFor(OutboxEmail email) =>
        $"{email.CreatedAt.ToUniversalTime():yyyyMMdd-HHmmss}-{email.Id:N}.eml";

    public async Task<TransportResult> SendAsync(OutboxEmail email, CancellationToken ct)
    {
        var path = Path.Combine(options.EmlFolder, FileNameFor(email));
        var temp = path + ".tmp";
        try
        {
            Directory.CreateDirectory(options.EmlFolder);
            var content = EmlWriter.Write(email, options.From, options.FromName, clock.GetUtcNow());
            // Write then rename, so a reader never sees half a message.
            await File.WriteAllTextAsync(temp, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), ct);
            File.Move(temp, path, overwrite: true);
            logger.LogInformation("Email {OutboxId} written to {Path}", email.Id, path);
            return TransportResult.Sent;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full disk or a permissions slip may be fixed by an operator: retry.
            return TransportResult.Transient($"Could not write {path}: {ex.Message}");
        }
    }
}
