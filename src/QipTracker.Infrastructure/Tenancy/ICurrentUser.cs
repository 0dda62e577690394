using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Tenancy;

/// <summary>Who is acting and in which trust. Drives the tenant query filter, the audit trail and role checks.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }
    Guid? TrustId { get; }
    IReadOnlySet<TrustRole> Roles { get; }
    bool IsSystemAdmin { get; }
    /// <summary>True only for system work (migrations, demo seeding, cross-trust jobs): no tenant filter.</summary>
    bool AllTrusts { get; }

    bool IsIn(params TrustRole[] roles) => roles.Any(Roles.Contains);
}
