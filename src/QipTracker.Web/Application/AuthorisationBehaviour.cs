using System.Reflection;
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
        var allowed =
            type.IsDefined(typeof(AnonymousAttribute)) ||
            (type.IsDefined(typeof(SystemJobAttribute)) && IsSystem()) ||
            (type.IsDefined(typeof(AnySignedInUserAttribute)) && user.UserId is not null) ||
            (type.IsDefined(typeof(SystemAdminOnlyAttribute)) && user.IsSystemAdmin) ||
            (type.IsDefined(typeof(AnyTrustMemberAttribute)) && user.TrustId is not null && user.Roles.Count > 0) ||
            (type.GetCustomAttribute<RequiresRoleAttribute>() is { } roles && user.TrustId is not null && roles.Roles.Any(user.Roles.Contains));

        if (!allowed)
            throw new ForbiddenException($"You do not have a role that allows '{Humanise(type.Name)}'.");
        return next();
    }

    // The system acts without a person: jobs and command-line verbs.
    private bool IsSystem() => user.UserId is null && (user.AllTrusts || user.TrustId is not null);

    private static string Humanise(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
}
