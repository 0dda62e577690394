using System.Runtime.CompilerServices;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using QipTracker.Infrastructure;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Application;

/// <summary>
/// A command runs in one transaction: all its saves commit together, or none do. On PostgreSQL a request is run again
/// when the database drops the connection (a restart, a failover; <see cref="DatabaseRetry"/>): a command's retry
/// starts from what the database holds, so nothing is applied twice. Once a commit has been asked for it is never run again —
/// whether it landed cannot be known — and the caller is told to look (<see cref="CommitUnknownException"/>).
/// </summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(QipDbContext db, QipOptions options) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (db.Database.CurrentTransaction is not null)
            return request is ICommand<TResponse> ? await CommandTransaction.NestedAsync(db, next) : await next();
        var strategy = options.Retry.StrategyFor(db);
        // A query read again is harmless.
        if (request is not ICommand<TResponse>) return await strategy.ExecuteAsync(_ => next(), cancellationToken);

        var attempts = 0;
        CommandTransaction.Open? last = null;
        try
        {
            return await RunAsync();
        }
        catch (Exception e) when (last is { CommitAsked: true } && e is not CommitUnknownException && DatabaseOutage.Is(e))
        {
            // The last try the strategy allowed failed after asking for the commit: not "nothing was saved".
            throw new CommitUnknownException(last.Committed, e);
        }

        Task<TResponse> RunAsync() => strategy.ExecuteAsync(async ct =>
        {
            if (attempts++ > 0)
            {
                if (last is { CommitAsked: true }) throw new CommitUnknownException(last.Committed);
                db.ChangeTracker.Clear();
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            last = CommandTransaction.Begun(db, transaction);
            try
            {
                var response = await next();
                // A handler may have ended it at its last save (CommandTransaction.SaveAndCommitAsync).
                if (db.Database.CurrentTransaction == transaction) await last.CommitAsync(ct);
                return response;
            }
            finally
            {
                CommandTransaction.Ended(db);
            }
        }, cancellationToken);
    }
}

/// <summary>
/// Lets a handler end its command's transaction at its last save, so that what it answers with (a fresh view of
/// what it changed) is read after the commit. On SQLite the one write lock is then held for the change only, not
/// for the view's queries too; on PostgreSQL row locks are released sooner.
/// </summary>
public static class CommandTransaction
{
    public sealed class Open(IDbContextTransaction transaction)
    {
        public IDbContextTransaction Transaction { get; } = transaction;
        public bool CommitAsked { get; private set; }
        public bool Committed { get; private set; }

        public async Task CommitAsync(CancellationToken ct)
        {
            CommitAsked = true;
            await Transaction.CommitAsync(ct);
            Committed = true;
        }
    }

    private static readonly ConditionalWeakTable<DbContext, Open> Opened = [];

    internal static Open Begun(DbContext db, IDbContextTransaction transaction)
    {
        var open = new Open(transaction);
        Opened.AddOrUpdate(db, open);
        return open;
    }

    internal static void Ended(DbContext db) => Opened.Remove(db);

    // A command sent from inside another runs in the outer one's transaction, which is not its to end.
    internal static async Task<T> NestedAsync<T>(DbContext db, RequestHandlerDelegate<T> next)
    {
        if (!Opened.TryGetValue(db, out var outer)) return await next();
        Opened.Remove(db);
        try { return await next(); }
        finally { Opened.AddOrUpdate(db, outer); }
    }

    /// <summary>
    /// Saves, then commits the transaction this command began, if it began one; inside a transaction begun by
    /// someone else (a job, a test, an outer command) it only saves.
    /// </summary>
    public static async Task SaveAndCommitAsync(this QipDbContext db, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        if (Opened.TryGetValue(db, out var open) && db.Database.CurrentTransaction == open.Transaction)
            await open.CommitAsync(ct);
    }
}

/// <summary>The database stopped answering after a command asked it to commit, so the command is not run again.</summary>
public sealed class CommitUnknownException(bool committed, Exception? inner = null) : Exception(committed
    ? "Your change was saved, but the database stopped answering before it could be shown. Reload to see it."
    : "The database stopped answering as your change was being saved, so it may or may not have been kept. Reload to see, before trying again.", inner);
