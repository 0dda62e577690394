using System.Globalization;
using System.Text.RegularExpressions;

namespace QipTracker.Web.Components.Shared;

/// <summary>
/// A refusal as a page shows it. The input policy names a field by its path in the request ("Items[0].Sent.Narrative"),
/// which a script calling the API needs and a person should never see: on a page the path at the start of a message
/// becomes the field's name in words, with the item's number when it sits in a list ("Narrative (item 1) holds…").
/// A plain field name ("Said") is already words and is left as it is.
/// </summary>
public static partial class FieldWords
{
    /// <summary>Every message of a refused request, for a page.</summary>
    public static IEnumerable<string> ForPeople(Application.RequestValidationException refused) =>
        refused.Errors.SelectMany(e => e.Value.Select(m => ForPeople(e.Key, m)));

    public static string ForPeople(string field, string message)
    {
        if (field.IndexOfAny(['.', '[']) < 0 || !message.StartsWith(field + " ", StringComparison.Ordinal)) return message;
        var segments = field.Split('.');
        var name = Words(Index().Replace(segments[^1], ""));
        var item = segments.Select(s => Index().Match(s)).LastOrDefault(m => m.Success);
        var where = item is null ? "" : $" (item {int.Parse(item.Groups[1].Value, CultureInfo.InvariantCulture) + 1})";
        return name + where + message[field.Length..];
    }

    // "WhatItShows" → "What it shows".
    private static string Words(string name) =>
        name.Length == 0 ? name : name[0] + Capital().Replace(name[1..], m => " " + m.Value.ToLowerInvariant());

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Index();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex Capital();
}
