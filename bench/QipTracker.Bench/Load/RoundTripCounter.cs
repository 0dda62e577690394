using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace QipTracker.Bench.Load;

/// <summary>
/// Counts the SQL commands EF Core sends (each one a round trip to the database) for the request in flight: a
/// request starts a <see cref="Count"/> and every command executed in its async flow adds to it, whichever
/// DbContext sent it, so concurrent clients each count their own.
/// </summary>
public sealed class RoundTripCounter : DbCommandInterceptor
{
    private static readonly AsyncLocal<Tally?> Current = new();

    public sealed class Tally
    {
        private int _commands;
        public int Commands => _commands;
        internal void Add() => Interlocked.Increment(ref _commands);
    }

    /// <summary>Counts the commands sent until the returned tally is read; nested work shares it.</summary>
    public static Tally Count() => Current.Value = new Tally();

    // Every way EF executes a command (reader, scalar, non-query; sync or async) is one round trip: each override
    // counts it and lets the command run unchanged.
    private static T Counted<T>(T result)
    {
        Current.Value?.Add();
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Counted(result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Counted(result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Counted(result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Counted(result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Counted(result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Counted(result));
}
