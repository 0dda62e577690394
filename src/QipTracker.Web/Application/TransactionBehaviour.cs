using MediatR;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Application;

/// <summary>A command runs in one transaction: all its saves commit together, or none do.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(QipDbContext db) : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not ICommand<TResponse> || db.Database.CurrentTransaction is not null)
            return await next();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next();
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
