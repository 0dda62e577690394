using System.Text.Json;
using System.Text.Json.Serialization;

namespace QipTracker.Web.Tests.Support;

/// <summary>Reads the API's JSON as the app writes it (camelCase, enums by name).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
