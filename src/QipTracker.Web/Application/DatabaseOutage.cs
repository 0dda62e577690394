using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace QipTracker.Web.Application;

/// <summary>
/// The database not answering for now (PostgreSQL restarting or unreachable after the retries, SQLite's write lock
/// still held after the busy timeout), as opposed to a fault in the app: the request is answered 503 with a sentence
/// and a Retry-After, never a 500 with a stack or a hang. Nothing was saved: the command's transaction did not commit.
/// </summary>
public static class DatabaseOutage
{
    public const string Sentence = "The database did not answer just now, so nothing was saved. Try again in a few seconds.";

    /// <summary>Seconds a caller should wait before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    private const int SqliteBusy = 5, SqliteLocked = 6;

    /// <summary>What to tell the person: nothing was saved, or (once a commit was asked for) it may have been.</summary>
    public static string SentenceFor(Exception e) => (e as CommitUnknownException ?? e.InnerException as CommitUnknownException)?.Message ?? Sentence;

    public static bool Is(Exception e) => e switch
    {
        CommitUnknownException or RetryLimitExceededException => true,
        NpgsqlException { IsTransient: true } => true,
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        _ => e.InnerException is { } inner && Is(inner),
    };
}
