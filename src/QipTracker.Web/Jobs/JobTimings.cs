using System.Globalization;

namespace QipTracker.Web.Jobs;

/// <summary>
/// How quickly the job servers react, from Jobs:* settings (seconds). The defaults suit production; tests shorten them.
/// <para>
/// <see cref="InvisibilityTimeout"/>: a job fetched by a node that then died (SIGKILL, power cut) is fetched again by
/// another node after this long. A live node keeps its running jobs invisible with a heartbeat every fifth of it
/// (PostgreSQL storage's sliding invisibility timeout), so a job longer than this is never run twice.
/// </para>
/// </summary>
public sealed record JobTimings(TimeSpan InvisibilityTimeout, TimeSpan QueuePoll, TimeSpan SchedulePoll)
{
    public const string InvisibilityTimeoutKey = "Jobs:InvisibilityTimeoutSeconds";
    public const string QueuePollKey = "Jobs:QueuePollSeconds";
    public const string SchedulePollKey = "Jobs:SchedulePollSeconds";

    public static JobTimings From(IConfiguration config) => new(
        Seconds(config, InvisibilityTimeoutKey, 300, max: 86_400),
        Seconds(config, QueuePollKey, 15, max: 3_600),
        Seconds(config, SchedulePollKey, 15, max: 3_600));

    private static TimeSpan Seconds(IConfiguration config, string key, int fallback, int max)
    {
        var text = config[key];
        if (string.IsNullOrWhiteSpace(text)) return TimeSpan.FromSeconds(fallback);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max)
            return TimeSpan.FromSeconds(value);
        throw new InvalidOperationException($"{key} is '{text}'; it must be a whole number of seconds from 1 to {max}.");
    }
}
