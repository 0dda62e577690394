using MediatR;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Application;

/// <summary>
/// Role and trust checks, once for every request: the request type's access attribute says who may
/// send it. Which rows they see is the tenant query filter's job; this decides whether they may act.
/// </summary>
public sealed class AuthorisationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var type = typeof(TRequest);
        if (!RequestAccess.Allows(type, user))
            throw new ForbiddenException($"You do not have a role that allows '{Humanise(type.Name)}'.");
        return next();
    }

    private static string Humanise(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
