using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QipTracker.Web.Jobs;

/// <summary>
/// TEST ONLY (Jobs:TestOnly:PauseJob and Jobs:TestOnly:PauseBeforeCommitSeconds; never set in production): holds one
/// job's database commits open for a while, its rows written but not committed, so a test can kill the node in the
/// middle of the job and show nothing half-written survives. Not registered at all unless both settings are given.
/// </summary>
public sealed class TestOnlyCommitPause(string jobId, TimeSpan pause, ILogger<TestOnlyCommitPause> log) : DbTransactionInterceptor
{
    public const string JobKey = "Jobs:TestOnly:PauseJob";
    public const string SecondsKey = "Jobs:TestOnly:PauseBeforeCommitSeconds";
    /// <summary>What the log says when the pause starts, which a test waits for.</summary>
    public const string LogText = "TEST-ONLY pause before commit";

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (JobRunner.Running == jobId)
        {
            log.LogWarning(LogText + " in job {Job} for {Seconds} s", jobId, pause.TotalSeconds);
            await Task.Delay(pause, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (JobRunner.Running == jobId)
        {
            log.LogWarning(LogText + " in job {Job} for {Seconds} s", jobId, pause.TotalSeconds);
            Thread.Sleep(pause);
        }
        return result;
    }
}
