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
    /// <summary>The oversight organisation this person reads for (an ICB, NHS England, the CQC); they then hold no trust role.</summary>
    Guid? OversightOrganisationId => null;

    bool IsIn(params TrustRole[] roles) => roles.Any(Roles.Contains);
}
