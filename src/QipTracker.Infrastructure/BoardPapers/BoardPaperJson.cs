using System.Text.Json;
using System.Text.Json.Serialization;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The frozen form of a paper. Enums are written by name so that the stored JSON stays readable
/// and does not change meaning if an enum gains a member.
/// </summary>
public static class BoardPaperJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(BoardPaperContent paper) => JsonSerializer.Serialize(paper, Options);

    public static BoardPaperContent Deserialize(string json)
    {
        var paper = JsonSerializer.Deserialize<BoardPaperContent>(json, Options)
            ?? throw new JsonException("The board paper JSON is empty.");
        if (paper.SchemaVersion > BoardPaperContent.CurrentSchemaVersion)
            throw new JsonException($"The board paper was saved by a newer version (schema {paper.SchemaVersion}); this one reads up to {BoardPaperContent.CurrentSchemaVersion}.");
        return paper;
    }
}
