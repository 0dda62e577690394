using System.Reflection;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Application;

/// <summary>
/// Whether a person may send a request, by its access attribute. The authorisation behaviour enforces it; a query
/// that tells a page what its reader may do asks the same question (<see cref="MaySend{TRequest}"/>), so a button
/// is shown exactly when the command behind it would be let through.
/// </summary>
public static class RequestAccess
{
    public static bool Allows(Type request, ICurrentUser user) =>
        request.IsDefined(typeof(AnonymousAttribute)) ||
        (request.IsDefined(typeof(SystemJobAttribute)) && IsSystem(user)) ||
        (request.IsDefined(typeof(AnySignedInUserAttribute)) && user.UserId is not null) ||
        (request.IsDefined(typeof(SystemAdminOnlyAttribute)) && user.IsSystemAdmin) ||
        (request.IsDefined(typeof(OversightUserAttribute)) && user.UserId is not null && user.OversightOrganisationId is not null && user.TrustId is null) ||
        (request.IsDefined(typeof(AnyTrustMemberAttribute)) && user.TrustId is not null && user.Roles.Count > 0) ||
        (request.GetCustomAttribute<RequiresRoleAttribute>() is { } roles && user.TrustId is not null && roles.Roles.Any(user.Roles.Contains));

    /// <summary>True when the pipeline would let this person send a <typeparamref name="TRequest"/>.</summary>
    public static bool MaySend<TRequest>(this ICurrentUser user) => Allows(typeof(TRequest), user);

    // The system acts without a person: jobs and command-line verbs.
    private static bool IsSystem(ICurrentUser user) => user.UserId is null && (user.AllTrusts || user.TrustId is not null);
}
