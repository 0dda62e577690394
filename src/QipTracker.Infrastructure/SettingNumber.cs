using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace QipTracker.Infrastructure;

/// <summary>
/// A whole-number setting, read one way by every part of the app: blank is the default; anything that is not a whole
/// number in range stops start-up with a sentence naming the key and the range.
/// </summary>
public static class SettingNumber
{
    public static long Read(IConfigurationSection section, string key, long fallback, long min, long max)
    {
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new InvalidOperationException($"{section.Path}:{key} is '{text}'; it must be a whole number from {min} to {max}.");
    }

    public static int Read(IConfigurationSection section, string key, int fallback, int min, int max) =>
        (int)Read(section, key, (long)fallback, min, max);
}
