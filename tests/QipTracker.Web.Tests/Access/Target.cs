using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Tests.Access;

/// <summary>The rows of one trust that the matrix's calls name: made once per trust (see <see cref="MatrixWorld"/>).</summary>
public sealed record TrustIds(Guid TrustId, string Name, Guid RootCause, Guid Finding, Guid Isg, Guid Action, Guid Evidence,
    Guid ChangeRequest, Guid Owner, Guid Escalation, Guid Sprint, Guid Paper, Guid Kpi, string KpiCode,
    IReadOnlyDictionary<TrustRole, Guid> SpareTokens, Guid Inspection = default, Guid Admin = default, Guid SystemAdmin = default,
    Guid PartnerPack = default, Guid ExitCriterion = default, Guid OversightGrant = default);

/// <summary>
/// What a row builds its path, body or request from: one trust's ids, seen by one caller. It notes whether
/// an id was used, so a row that names a trust's rows is also tried with another trust's.
/// </summary>
public sealed class Target(TrustIds ids, Principal caller)
{
    public Principal Caller => caller;
    /// <summary>The antiforgery form token the caller's page would post (set by the runner for form posts).</summary>
    public string? FormToken { get; init; }
    public bool UsedIds { get; private set; }

    public Guid TrustId => Use(ids.TrustId);
    public Guid RootCause => Use(ids.RootCause);
    public Guid Finding => Use(ids.Finding);
    public Guid Isg => Use(ids.Isg);
    public Guid Action => Use(ids.Action);
    public Guid Evidence => Use(ids.Evidence);
    public Guid ChangeRequest => Use(ids.ChangeRequest);
    /// <summary>The root-cause owner: a person of this trust.</summary>
    public Guid Owner => Use(ids.Owner);
    public Guid Escalation => Use(ids.Escalation);
    public Guid Sprint => Use(ids.Sprint);
    public Guid Paper => Use(ids.Paper);
    public Guid Kpi => Use(ids.Kpi);
    public Guid Inspection => Use(ids.Inspection);
    public Guid PartnerPack => Use(ids.PartnerPack);
    public Guid ExitCriterion => Use(ids.ExitCriterion);
    public Guid OversightGrant => Use(ids.OversightGrant);
    /// <summary>The trust administrator: a person of this trust (and the only administrator, so erasing them is refused).</summary>
    public Guid Admin => Use(ids.Admin);
    /// <summary>The world's system administrator, named without making the row a cross-trust one (erasing oneself is refused).</summary>
    public Guid SystemAdminSelf => ids.SystemAdmin;
    /// <summary>A KPI's code is looked up by text, not an id: it does not make the row a cross-trust one.</summary>
    public string KpiCode => ids.KpiCode;
    /// <summary>A token the caller's own person made and does not use (revoking it leaves their client working).</summary>
    public Guid SpareToken => Use(ids.SpareTokens[caller.Role ?? TrustRole.Pmo]);
    /// <summary>The caller's role, or the PMO's for a caller without one (who is refused before it matters).</summary>
    public TrustRole Role => caller.Role ?? TrustRole.Pmo;

    private Guid Use(Guid id)
    {
        UsedIds = true;
        return id;
    }

    /// <summary>Ids for building rows when no app runs (the document, the coverage check).</summary>
    public static Target Placeholder(Principal caller, string? formToken = null)
    {
        var ids = new TrustIds(Guid.NewGuid(), "Placeholder", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "PH-KPI",
            Enum.GetValues<TrustRole>().ToDictionary(r => r, _ => Guid.NewGuid()));
        return new(ids, caller) { FormToken = formToken };
    }
}
