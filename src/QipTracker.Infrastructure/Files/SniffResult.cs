namespace QipTracker.Infrastructure.Files;

/// <summary>What the sniffer decided: the accepted type, or why the file is refused (a sentence naming the file).</summary>
public sealed record SniffResult(EvidenceFileType? Type, string? Refusal)
{
    public bool IsAccepted => Type is not null;

    public static SniffResult Accept(EvidenceFileType type) => new(type, null);

    public static SniffResult Refuse(string fileName, string why) => new(null, $"'{fileName}' is not accepted as evidence: {why}.");
}
