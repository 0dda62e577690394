using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace QipTracker.Web.Tests.InputPolicy;

/// <summary>Reads a 400's problem details as the API writes them: the "errors" map of field → messages.</summary>
internal static class Refusals
{
    public static async Task<IReadOnlyDictionary<string, string[]>> ErrorsAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        return errors.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray());
    }

    /// <summary>The one message under the field, which must also name the field.</summary>
    public static string Single(this IReadOnlyDictionary<string, string[]> errors, string field)
    {
        Assert.True(errors.ContainsKey(field), $"no error for {field}; errors for: {string.Join(", ", errors.Keys)}");
        return Assert.Single(errors[field]);
    }

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) => client.PostAsJsonAsync(url, body);
}
