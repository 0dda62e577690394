using System.Globalization;
using System.Reflection;
using System.Text.Json;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Auditing;

/// <summary>
/// One audit entry as a sentence a person reads: "Forecast changed from 2 Nov 2026 to 12 Feb 2027", "Status changed
/// from Completed to Assured", "Now answers finding MD-3". Values are read by the audited property's type (enum
/// members as <see cref="Words"/>, dates through <see cref="UkDate"/>, ids through the caller's names), so no field
/// key, ISO date or id reaches the page.
/// </summary>
public static class AuditSentence
{
    private const int LongestQuote = 120;

    // Yes/no fields read as what happened rather than "changed from False to True".
    private static readonly Dictionary<string, (string On, string Off)> Flags = new(StringComparer.Ordinal)
    {
        ["ReportedOffTrack"] = ("Reported off track", "No longer reported off track"),
        ["KpiNotImproving"] = ("KPI marked as not improving", "KPI no longer marked as not improving"),
        ["SafetyUrgent"] = ("Marked safety-urgent", "No longer safety-urgent"),
    };

    /// <param name="names">The name of a person, ISG, finding or other record by its id; null when it is not known.</param>
    /// <param name="zone">The zone moments are shown in (London).</param>
    public static string Describe(string entityType, AuditOperation operation, string field, string? before, string? after,
        Func<Guid, string?> names, TimeZoneInfo zone)
    {
        var what = Thing(entityType);
        return operation switch
        {
            AuditOperation.Created => $"{Words.Capitalise(what)} created{Titled(after)}",
            AuditOperation.Deleted => $"{Words.Capitalise(what)} deleted{Titled(before)}",
            _ => Modified(entityType, field, before, after, names, zone),
        };
    }

    /// <summary>A record type as people name it: "root cause", "action", "change request".</summary>
    public static string Thing(string entityType) => entityType switch
    {
        "ImprovementAction" => "action",
        "ImprovementSteeringGroup" => "ISG",
        "Kpi" => "KPI",
        "KpiMeasurement" => "KPI measurement",
        _ => Words.Field(entityType),
    };

    private static string Modified(string entityType, string field, string? before, string? after, Func<Guid, string?> names, TimeZoneInfo zone)
    {
        if (entityType == "RootCause" && field == "Finding")
            return after is not null ? $"Now answers finding {Name(after, names)}" : $"No longer answers finding {Name(before, names)}";
        var type = PropertyType(entityType, field);
        if (Flags.TryGetValue(field, out var flag) && bool.TryParse(after, out var on)) return on ? flag.On : flag.Off;
        var heading = Words.FieldHeading(field);
        if (IsDigest(before) || IsDigest(after)) return $"{heading} changed";
        var (from, to) = (Value(type, before, names, zone), Value(type, after, names, zone));
        if (from is null && to is null) return $"{heading} changed";
        if (from is null) return field.EndsWith("By", StringComparison.Ordinal) ? $"{heading} {to}" : $"{heading} set to {to}";
        if (to is null) return $"{heading} cleared (was {from})";
        return $"{heading} changed from {from} to {to}";
    }

    private static string? Value(Type? type, string? stored, Func<Guid, string?> names, TimeZoneInfo zone)
    {
        if (string.IsNullOrWhiteSpace(stored)) return null;
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (t is { IsEnum: true } && Enum.TryParse(t, stored, out var member)) return Words.ForAny((Enum)member);
        if (DateOnly.TryParseExact(stored, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return UkDate.Format(date);
        if ((t == typeof(DateTimeOffset) || t is null) && stored.Length > 10 && stored[4] == '-'
            && DateTimeOffset.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return UkDate.Format(at, zone);
        if (Guid.TryParse(stored, out _)) return Name(stored, names);
        if (t == typeof(bool) && bool.TryParse(stored, out var yes)) return yes ? "yes" : "no";
        if (t == typeof(string)) return Quote(stored);
        return stored;
    }

    private static string Name(string? id, Func<Guid, string?> names) =>
        Guid.TryParse(id, out var guid) ? names(guid) ?? "a record no longer in the trust" : id ?? "";

    // A created or deleted record's snapshot names it by its title or reference when it has one.
    private static string Titled(string? snapshot)
    {
        if (snapshot is null || !snapshot.StartsWith('{')) return "";
        try
        {
            var fields = JsonSerializer.Deserialize<Dictionary<string, string?>>(snapshot);
            var title = fields?.GetValueOrDefault("Title") ?? fields?.GetValueOrDefault("Reference");
            return title is null || IsDigest(title) ? "" : $": {Quote(title)}";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    private static string Quote(string text) =>
        $"“{(text.Length > LongestQuote ? string.Concat(text.AsSpan(0, LongestQuote), "…") : text)}”";

    private static bool IsDigest(string? value) => value is not null && value.StartsWith('[') && value.Contains(" SHA-256 ", StringComparison.Ordinal);

    private static Type? PropertyType(string entityType, string field)
    {
        var entity = typeof(AuditSentence).Assembly.GetTypes().FirstOrDefault(t => t.Name == entityType && !t.IsNested);
        Type? type = entity;
        foreach (var part in field.Split('.'))
            type = type?.GetProperty(part, BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        return type;
    }
}
