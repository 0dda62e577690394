using System.Diagnostics.Metrics;

namespace QipTracker.Infrastructure.Telemetry;

/// <summary>
/// The app's own instruments, on one meter that the web host exports (OTLP, /metrics). Measured where the work
/// happens, so every caller (a page, a job, a command-line verb) is counted the same way. Gauges that read the
/// database (the outbox) are made per host instead, since they need its services.
/// </summary>
public static class QipMetrics
{
    public const string MeterName = "QipTracker";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>One LibreOffice conversion, tagged by the document's format and whether it produced a PDF.</summary>
    public static readonly Histogram<double> OfficeConversionDuration = Meter.CreateHistogram<double>(
        "qip.office.conversion.duration", unit: "s", description: "Time LibreOffice took to convert a document to PDF");

    /// <summary>One run of a background job, tagged by the job and its outcome.</summary>
    public static readonly Histogram<double> JobDuration = Meter.CreateHistogram<double>(
        "qip.job.duration", unit: "s", description: "Time a background job took, by job and outcome");

    /// <summary>Runs of a background job that threw (each failed attempt, retries included).</summary>
    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>(
        "qip.job.failures", unit: "{run}", description: "Background job runs that failed, by job");

    /// <summary>Tag values, so names are spelled once.</summary>
    public const string Succeeded = "succeeded", Failed = "failed";
}
