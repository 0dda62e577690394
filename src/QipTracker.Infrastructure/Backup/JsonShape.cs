using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.Json;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// An owned type stored as a JSON column (a KPI's targets, an escalation's notices). EF Core writes each property
/// in its provider's form — on SQLite an instant inside the JSON is ticks, on PostgreSQL a timestamp — so the text is
/// read into the model's values for the archive and written back in the restoring provider's form.
/// </summary>
internal sealed class JsonShape
{
    private readonly bool _collection;
    private readonly List<(string Json, IProperty Property)> _properties;
    private readonly List<(string Json, JsonShape Shape)> _owned;

    private JsonShape(bool collection, List<(string, IProperty)> properties, List<(string, JsonShape)> owned)
    {
        _collection = collection;
        _properties = properties;
        _owned = owned;
    }

    public static JsonShape Of(IEntityType owned, bool collection) => new(collection,
        owned.GetProperties().Where(p => p.GetJsonPropertyName() is not null).Select(p => (p.GetJsonPropertyName()!, p)).ToList(),
        owned.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson() && n.TargetEntityType.GetJsonPropertyName() is not null)
            .Select(n => (n.TargetEntityType.GetJsonPropertyName()!, Of(n.TargetEntityType, n.IsCollection))).ToList());

    public void WriteNeutral(Utf8JsonWriter writer, string stored)
    {
        using var document = JsonDocument.Parse(stored);
        WriteNeutral(writer, document.RootElement);
    }

    private void WriteNeutral(Utf8JsonWriter writer, JsonElement stored)
    {
        if (stored.ValueKind == JsonValueKind.Null) { writer.WriteNullValue(); return; }
        if (!_collection) { WriteObject(writer, stored); return; }
        writer.WriteStartArray();
        foreach (var item in stored.EnumerateArray()) WriteObject(writer, item);
        writer.WriteEndArray();
    }

    private void WriteObject(Utf8JsonWriter writer, JsonElement stored)
    {
        writer.WriteStartObject();
        foreach (var (json, property) in _properties)
        {
            writer.WritePropertyName(property.Name);
            var value = stored.TryGetProperty(json, out var v) && v.ValueKind != JsonValueKind.Null ? v : (JsonElement?)null;
            if (value is null) { writer.WriteNullValue(); continue; }
            JsonSerializer.Serialize(writer, Read(property, value.Value), property.ClrType, BackupJson.Neutral);
        }
        foreach (var (json, shape) in _owned)
        {
            writer.WritePropertyName(json);
            if (stored.TryGetProperty(json, out var nested)) shape.WriteNeutral(writer, nested);
            else writer.WriteNullValue();
        }
        writer.WriteEndObject();
    }

    /// <summary>The archive's value as this provider's JSON text.</summary>
    public string FromNeutral(JsonElement neutral)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) WriteStored(writer, neutral);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void WriteStored(Utf8JsonWriter writer, JsonElement neutral)
    {
        if (neutral.ValueKind == JsonValueKind.Null) { writer.WriteNullValue(); return; }
        if (!_collection) { WriteStoredObject(writer, neutral); return; }
        writer.WriteStartArray();
        foreach (var item in neutral.EnumerateArray()) WriteStoredObject(writer, item);
        writer.WriteEndArray();
    }

    private void WriteStoredObject(Utf8JsonWriter writer, JsonElement neutral)
    {
        writer.WriteStartObject();
        foreach (var (json, property) in _properties)
        {
            writer.WritePropertyName(json);
            var value = neutral.TryGetProperty(property.Name, out var v) && v.ValueKind != JsonValueKind.Null
                ? v.Deserialize(property.ClrType, BackupJson.Neutral) : null;
            if (value is null) { writer.WriteNullValue(); continue; }
            Write(writer, property, value);
        }
        foreach (var (json, shape) in _owned)
        {
            writer.WritePropertyName(json);
            if (neutral.TryGetProperty(json, out var nested)) shape.WriteStored(writer, nested);
            else writer.WriteNullValue();
        }
        writer.WriteEndObject();
    }

    // EF Core's own reader and writer for the property, so the text is exactly what this provider writes and reads
    // (SQLite keeps a decimal inside JSON as a string and an instant as ticks; PostgreSQL as a number and a timestamp).
    private static object? Read(IProperty property, JsonElement stored)
    {
        var readerWriter = property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter
            ?? throw new BackupException($"EF Core has no JSON reader for {property.DeclaringType.DisplayName()}.{property.Name}.");
        var manager = new Utf8JsonReaderManager(new JsonReaderData(Encoding.UTF8.GetBytes(stored.GetRawText())), null);
        manager.MoveNext();
        return readerWriter.FromJson(ref manager);
    }

    private static void Write(Utf8JsonWriter writer, IProperty property, object value)
    {
        var readerWriter = property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter
            ?? throw new BackupException($"EF Core has no JSON writer for {property.DeclaringType.DisplayName()}.{property.Name}.");
        readerWriter.ToJson(writer, value);
    }
}
