using QipTracker.Domain.Common;

namespace QipTracker.Web.Hosting;

/// <summary>
/// A default date about to reach a person (a page, an email, a chart, a paper) is shown as "—" by
/// <see cref="UkDate"/>; this logs each one as a warning, so the source that lost its null can be found and fixed.
/// </summary>
public static class UnsetDateLogging
{
    public static void LogUnsetDates(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("QipTracker.UnsetDate");
        UkDate.UnsetDateShown = format =>
            log.LogWarning("A default date (0001-01-01) was about to be shown as {Format}; it was shown as \"{Unset}\" instead. Its source should hold null for \"not yet\".\n{Where}",
                format, UkDate.Unset, Environment.StackTrace);
    }
}
