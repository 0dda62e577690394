using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Application;

/// <summary>
/// Who may send a request. Every request type must carry exactly one of these attributes: the
/// authorisation behaviour refuses a request without one, so a new feature fails closed.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresRoleAttribute(params TrustRole[] roles) : Attribute
{
    public IReadOnlyList<TrustRole> Roles { get; } = roles;
}

/// <summary>Any member of the current trust, whatever their role.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnyTrustMemberAttribute : Attribute;

/// <summary>Any signed-in person, with or without a current trust (e.g. switching trust).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnySignedInUserAttribute : Attribute;

/// <summary>The platform's SystemAdmin only (e.g. creating a trust).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SystemAdminOnlyAttribute : Attribute;

/// <summary>
/// A person of an oversight organisation (ICB, NHS England, CQC), who holds no trust role. What they may read of a
/// trust is decided per trust by its active grant, checked in the database by the handler on every request.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OversightUserAttribute : Attribute;

/// <summary>Work the system does on a schedule or from the command line; never reachable from a page or endpoint.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SystemJobAttribute : Attribute;

/// <summary>No sign-in needed (e.g. accepting an invitation by its one-time token).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AnonymousAttribute : Attribute;
