using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using QipTracker.Domain.Common;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// How a field's value is written into the audit trail. The trail says what changed, not what a file holds:
/// binary values (chart PNGs), generated documents (JSON content), anything longer than a person can type,
/// and secrets (token hashes) are recorded as their size and SHA-256 — enough to prove which value it was,
/// never the value itself.
/// </summary>
public static class AuditValue
{
    /// <summary>The longest text a person can enter; longer values were generated, not written.</summary>
    public const int MaxRecordedLength = InputLimits.LongText;

    public static string? Record(string property, object? value) => value switch
    {
        null => null,
        byte[] bytes => Digest(bytes, "bytes"),
        string text when IsDigested(property, text) => Digest(Encoding.UTF8.GetBytes(text), "characters", text.Length),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => string.Join(", ", list.Cast<object>()),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    /// <summary>A value as an older version of the trail stored it, as this version would have: bytes were stored as "137, 80, 78, …".</summary>
    public static string? Compact(string property, string? stored)
    {
        if (stored is null || IsDigest(stored)) return stored;
        if (IsBinary(property) && TryParseBytes(stored) is { } bytes) return Digest(bytes, "bytes");
        return IsDigested(property, stored) ? Record(property, stored) : stored;
    }

    /// <summary>A created or deleted record's snapshot (a JSON object of its fields) with each field compacted.</summary>
    public static string? CompactSnapshot(string? snapshot)
    {
        if (snapshot is null || !snapshot.StartsWith('{')) return snapshot;
        var fields = JsonSerializer.Deserialize<SortedDictionary<string, string?>>(snapshot);
        if (fields is null) return snapshot;
        var compacted = new SortedDictionary<string, string?>(fields.ToDictionary(f => f.Key, f => Compact(f.Key, f.Value)), StringComparer.Ordinal);
        return JsonSerializer.Serialize(compacted);
    }

    public static bool IsSecret(string property) =>
        property.EndsWith("Hash", StringComparison.Ordinal) || property.Contains("Secret", StringComparison.Ordinal)
        || property.Contains("Password", StringComparison.Ordinal) || property.EndsWith("Stamp", StringComparison.Ordinal);

    public static bool IsDigest(string value) => value.StartsWith('[') && value.Contains(" SHA-256 ", StringComparison.Ordinal);

    private static bool IsDigested(string property, string text) =>
        IsSecret(property) || property.EndsWith("Json", StringComparison.Ordinal) || text.Length > MaxRecordedLength;

    private static bool IsBinary(string property) => property.EndsWith("Png", StringComparison.Ordinal);

    private static string Digest(byte[] bytes, string unit, int? size = null) =>
        $"[{(size ?? bytes.Length).ToString("N0", CultureInfo.InvariantCulture)} {unit}, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bytes))}]";

    private static byte[]? TryParseBytes(string stored)
    {
        var parts = stored.Split(", ");
        var bytes = new byte[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i])) return null;
        return bytes;
    }
}
