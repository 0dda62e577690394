using System.Globalization;
using System.Text.RegularExpressions;

namespace QipTracker.Infrastructure.Files;

/// <summary>
/// The one rule for what a storage key is, shared by every store: <c>&lt;trustId&gt;/&lt;yyyy&gt;/&lt;32 hex digits&gt;</c>.
/// Keys are made here, never from a client's file name; a key of another trust, or of any other shape (a path
/// with "..", a leading "/", a backslash, a suffix), is refused before a disk or a container is touched.
/// </summary>
public static partial class StorageKeys
{
    /// <summary>A new key of the trust, under the current year.</summary>
    public static string New(Guid trustId, DateTimeOffset now)
    {
        if (trustId == Guid.Empty) throw new ArgumentException("A stored file needs its trust.", nameof(trustId));
        return $"{trustId:D}/{now.Year.ToString("D4", CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}";
    }

    /// <summary>Refuses (<see cref="ArgumentException"/>) anything that is not exactly a key of this trust.</summary>
    public static void Check(Guid trustId, string? key)
    {
        if (key is null || !Shape().IsMatch(key) || !key.StartsWith(trustId.ToString("D") + "/", StringComparison.Ordinal))
            throw new ArgumentException($"'{key}' is not a storage key of trust {trustId}.", nameof(key));
    }

    // trust id / four-digit year / 32 hex digits, and nothing else (\z: not even a trailing newline).
    [GeneratedRegex(@"\A[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/[0-9]{4}/[0-9a-f]{32}\z")]
    private static partial Regex Shape();
}
