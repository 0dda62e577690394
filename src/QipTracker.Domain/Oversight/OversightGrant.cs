using System.Linq.Expressions;
using QipTracker.Domain.Common;

namespace QipTracker.Domain.Oversight;

/// <summary>
/// A trust's permission for one oversight organisation to read its plan summary, read-only. The trust admin chooses
/// whether owners' names are shown, and may revoke it; a revoked grant stays as the record of what was allowed when.
/// </summary>
public sealed class OversightGrant : TenantEntity, IVersioned
{
    public Guid OrganisationId { get; private set; }
    public bool ShowOwnerNames { get; private set; }
    public DateTimeOffset GrantedAt { get; private set; }
    public Guid GrantedBy { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public Guid? RevokedBy { get; private set; }
    public long Version { get; private set; }

    /// <summary>Not revoked: the organisation may read the trust's summary now. Every read checks this in the database.</summary>
    public static readonly Expression<Func<OversightGrant, bool>> Active = g => g.RevokedAt == null;

    private OversightGrant() { }

    public OversightGrant(Guid trustId, Guid organisationId, bool showOwnerNames, Guid grantedBy, DateTimeOffset grantedAt) : base(trustId)
    {
        if (organisationId == Guid.Empty) throw new DomainException("Choose the organisation to grant access to.");
        OrganisationId = organisationId;
        ShowOwnerNames = showOwnerNames;
        GrantedBy = grantedBy;
        GrantedAt = grantedAt;
    }

    public bool IsActive => RevokedAt is null;

    public void ShowNames(bool show)
    {
        if (!IsActive) throw new DomainException("This access was revoked: grant it again instead.");
        ShowOwnerNames = show;
    }

    public void Revoke(Guid by, DateTimeOffset at)
    {
        if (!IsActive) throw new DomainException("This access was already revoked.");
        RevokedAt = at;
        RevokedBy = by;
    }
}
