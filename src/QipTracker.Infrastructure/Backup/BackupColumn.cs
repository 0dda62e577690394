using System.Data.Common;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// One column between a database and the archive. The archive holds each value as the model sees it (an instant,
/// a Guid, an enum's name), never as one provider stores it (SQLite keeps instants as ticks, PostgreSQL as
/// timestamptz), so the same archive restores into either: the provider's own type mapping reads and writes it.
/// </summary>
internal sealed class BackupColumn
{
    private readonly RelationalTypeMapping _mapping;
    private readonly Type _modelType;
    private readonly MethodInfo? _read;
    private readonly JsonShape? _json;

    public string Name { get; }
    public bool IsNullable { get; }
    /// <summary>The database fills it when an older archive lacks it.</summary>
    public bool HasDefault { get; }
    public IProperty? Property { get; }

    private BackupColumn(IColumn column, IProperty? property, RelationalTypeMapping mapping, JsonShape? json)
    {
        Name = column.Name;
        IsNullable = column.IsNullable;
        HasDefault = column.DefaultValue is not null || column.DefaultValueSql is not null;
        Property = property;
        _json = json;
        _mapping = mapping;
        _modelType = property?.ClrType ?? typeof(string);
        _read = json is null ? _mapping.GetDataReaderMethod() : null;
    }

    public static IReadOnlyList<BackupColumn> Of(BackupTable table)
    {
        var jsonNavigations = table.EntityType.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson())
            .ToDictionary(n => n.TargetEntityType.GetContainerColumnName()!);
        return table.Table.Columns.Select(c => c.PropertyMappings.FirstOrDefault(m => !(m.TableMapping.TypeBase is IEntityType owned && owned.IsOwned())) is { } m
                ? new BackupColumn(c, m.Property, m.TypeMapping, null)
                : jsonNavigations.TryGetValue(c.Name, out var navigation)
                    ? new BackupColumn(c, null, c.StoreTypeMapping, JsonShape.Of(navigation.TargetEntityType, navigation.IsCollection))
                    : throw new BackupException($"The column {table.Name}.{c.Name} maps to nothing the backup knows how to carry."))
            .ToList();
    }

    /// <summary>The value at <paramref name="ordinal"/>, written to the archive as the model sees it.</summary>
    public void WriteNeutral(Utf8JsonWriter writer, DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) writer.WriteNullValue();
        else if (_json is not null) _json.WriteNeutral(writer, reader.GetString(ordinal));
        else JsonSerializer.Serialize(writer, ModelValue(reader, ordinal), _modelType, BackupJson.Neutral);
    }

    /// <summary>The model's value (an enum, an instant) as this provider reads it from the row.</summary>
    public object? ModelValue(DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal)) return null;
        if (_json is not null) return reader.GetString(ordinal);
        var stored = _read!.Invoke(reader, [ordinal]);
        return _mapping.Converter is { } converter ? converter.ConvertFromProvider(stored) : stored;
    }

    /// <summary>The archive's value ready for a parameter of this provider (a JSON column gets this provider's JSON text).</summary>
    public object? FromNeutral(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null
        : _json is not null ? _json.FromNeutral(value)
        : value.Deserialize(_modelType, BackupJson.Neutral);

    public DbParameter Parameter(DbCommand command, string name, object? value) =>
        _mapping.CreateParameter(command, name, value, IsNullable);
}
