using System.Text.Json;
using System.Text.Json.Serialization;

namespace QipTracker.Infrastructure.Backup;

internal static class BackupJson
{
    /// <summary>The archive's form of a value: enums by name (a renumbering cannot change what a row says), instants in ISO 8601.</summary>
    public static JsonSerializerOptions Neutral { get; } = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>The manifest: indented, for a person to read.</summary>
    public static JsonSerializerOptions Manifest { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
