using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Tenancy;

/// <summary>
/// The scoped, settable ICurrentUser. Web sets it from the sign-in cookie or API token (per request
/// or per Blazor circuit); jobs and command-line verbs set it explicitly for the trust they work on.
/// Until set, it sees no trust at all, so forgetting to set it fails closed.
/// </summary>
public sealed class CurrentUser : ICurrentUser
{
    private static readonly IReadOnlySet<TrustRole> NoRoles = new HashSet<TrustRole>();

    public Guid? UserId { get; private set; }
    public Guid? TrustId { get; private set; }
    public IReadOnlySet<TrustRole> Roles { get; private set; } = NoRoles;
    public bool IsSystemAdmin { get; private set; }
    public bool AllTrusts { get; private set; }
    public Guid? OversightOrganisationId { get; private set; }

    public void Set(Guid? userId, Guid? trustId, IEnumerable<TrustRole> roles, bool isSystemAdmin, Guid? oversightOrganisationId = null)
    {
        UserId = userId;
        TrustId = trustId;
        Roles = roles.ToHashSet();
        IsSystemAdmin = isSystemAdmin;
        AllTrusts = false;
        OversightOrganisationId = oversightOrganisationId;
    }

    /// <summary>
    /// An oversight user reading one trust that has granted their organisation access (checked by the caller, in the
    /// database): the tenant filter then keeps that trust's rows only, and with no trust role no request is let through.
    /// </summary>
    public void ActAsOversightReaderIn(Guid userId, Guid organisationId, Guid trustId)
    {
        UserId = userId;
        TrustId = trustId;
        Roles = NoRoles;
        IsSystemAdmin = false;
        AllTrusts = false;
        OversightOrganisationId = organisationId;
    }

    /// <summary>Acts as the system inside one trust with every trust role (jobs, command line).</summary>
    public void ActAsSystemIn(Guid trustId)
    {
        UserId = null;
        TrustId = trustId;
        Roles = Enum.GetValues<TrustRole>().ToHashSet();
        IsSystemAdmin = false;
        AllTrusts = false;
        OversightOrganisationId = null;
    }

    /// <summary>Acts across all trusts: for start-up work (migrations, seeding) and for a job before it picks each trust in turn.</summary>
    public void ActAsSystemEverywhere()
    {
        UserId = null;
        TrustId = null;
        Roles = NoRoles;
        IsSystemAdmin = true;
        AllTrusts = true;
        OversightOrganisationId = null;
    }
}
