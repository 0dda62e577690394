using QipTracker.Infrastructure;

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
    private const string Section = "Jobs";
    public const string InvisibilityTimeoutKey = $"{Section}:{InvisibilityTimeoutName}";
    public const string QueuePollKey = $"{Section}:{QueuePollName}";
    public const string SchedulePollKey = $"{Section}:{SchedulePollName}";
    private const string InvisibilityTimeoutName = "InvisibilityTimeoutSeconds", QueuePollName = "QueuePollSeconds", SchedulePollName = "SchedulePollSeconds";

    public static JobTimings From(IConfiguration config)
    {
        var jobs = config.GetSection(Section);
        TimeSpan Seconds(string name, int fallback, int max) => TimeSpan.FromSeconds(SettingNumber.Read(jobs, name, fallback, 1, max));
        return new(Seconds(InvisibilityTimeoutName, 300, max: 86_400), Seconds(QueuePollName, 15, max: 3_600), Seconds(SchedulePollName, 15, max: 3_600));
    }
}
