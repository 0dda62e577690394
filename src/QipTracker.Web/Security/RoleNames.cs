using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Security;

/// <summary>How roles read to people: the one wording place, <see cref="Words"/>, under the name pages already call.</summary>
public static class RoleNames
{
    public static string Describe(TrustRole role) => Words.For(role);
}
