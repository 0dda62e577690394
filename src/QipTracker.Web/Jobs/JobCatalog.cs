using Hangfire;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.Ecib;
using QipTracker.Web.Features.Email;
using QipTracker.Web.Features.Escalations;
using QipTracker.Web.Features.Retention;
using QipTracker.Web.Features.Sprints;

namespace QipTracker.Web.Jobs;

/// <summary>Whether a job's work belongs to each trust in turn, or to the platform as a whole.</summary>
public enum JobScope
{
    /// <summary>Runs trust by trust (<see cref="TrustByTrust"/>): a trust admin may run it for their own trust.</summary>
    PerTrust,
    /// <summary>One piece of work for every trust at once (the email outbox): the SystemAdmin's alone.</summary>
    Platform,
}

/// <summary>A recurring job: its fixed id, what it does, when it runs (cron, London time), the request it sends and its scope.</summary>
public sealed record JobDefinition(string Id, string Description, string Cron, Func<IJobRequest> Create, JobScope Scope);

/// <summary>
/// Every recurring job in one list, so Hangfire's schedule, the admin page's "run now" and the
/// command line's <c>run-job</c> cannot disagree about which jobs exist.
/// </summary>
public static class JobCatalog
{
    public static readonly IReadOnlyList<JobDefinition> All =
    [
        new("email-outbox", "Sends queued emails, retrying failures with back-off.", Cron.Minutely(), () => new DispatchOutbox(), JobScope.Platform),
        new("sprint-rhythm", "Closes sprints whose last day has passed (summary, charts, chair's email), then creates and starts the next ones.",
            Cron.Daily(0, 30), () => new RunSprintRhythm(), JobScope.PerTrust),
        new("overdue-escalation", "Escalates overdue and off-track root causes and actions up the ladder; one email per person.",
            Cron.Daily(7), () => new RaiseEscalations(), JobScope.PerTrust),
        new("ecib-pack", "Emails the executives the weekly ECIB pack: off-track items with recovery plans and pending change requests.",
            Cron.Weekly(DayOfWeek.Monday, 8), () => new SendEcibPack(), JobScope.PerTrust),
        new("board-paper", "On the configured working day of the month, drafts last month's board paper for each trust and emails the PMO it is ready.",
            Cron.Daily(6), () => new DraftMonthlyPaper(), JobScope.PerTrust),
        new("retention", "Deletes audit entries, sent emails and superseded generated papers older than the Retention settings.",
            Cron.Daily(2), () => new ApplyRetention(), JobScope.Platform),
    ];

    public static JobDefinition? Find(string id) => All.FirstOrDefault(j => string.Equals(j.Id, id, StringComparison.OrdinalIgnoreCase));
}
