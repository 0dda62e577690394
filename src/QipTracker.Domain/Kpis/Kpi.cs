using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Kpis;

/// <summary>
/// A measure in the trust's KPI library, read as an SPC chart. Either one root cause's KPI (the root cause
/// links to it) or a high-level KPI of an ISG tagged to a CQC domain. The SPC settings (rebase periods,
/// limits fixed after N points, outlier screening) belong to the KPI so every chart of it agrees.
/// </summary>
public sealed class Kpi : TenantEntity, IVersioned
{
    public const int DefaultSustainPeriods = 3;

    /// <summary>Short code, unique in the trust: what CSV uploads and the API name the KPI by.</summary>
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string Definition { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public ImprovementDirection Direction { get; private set; }
    public KpiFrequency Frequency { get; private set; }
    public string DataSource { get; private set; } = "";
    public Guid? OwnerId { get; private set; }
    public DataQuality DataQuality { get; private set; }
    public KpiKind Kind { get; private set; }
    /// <summary>The ISG a high-level KPI reports to.</summary>
    public Guid? IsgId { get; private set; }
    /// <summary>The CQC domain a high-level KPI evidences.</summary>
    public CqcDomain? Domain { get; private set; }
    /// <summary>Targets over time, oldest first.</summary>
    public List<KpiTarget> Targets { get; private set; } = [];
    /// <summary>Periods (their first day) from which the limits are recomputed.</summary>
    public List<DateOnly> RebaseAt { get; private set; } = [];
    public int? FixLimitsAfter { get; private set; }
    public bool ScreenOutliers { get; private set; }
    /// <summary>Periods after completion the improvement must hold before the root cause counts as embedded.</summary>
    public int SustainPeriods { get; private set; } = DefaultSustainPeriods;
    public long Version { get; private set; }

    private Kpi() { }

    public Kpi(Guid trustId, string code, string name, KpiKind kind, ImprovementDirection direction, KpiFrequency frequency) : base(trustId)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("A KPI needs a short code (used by CSV uploads and the API).");
        Code = code.Trim().ToUpperInvariant();
        Kind = kind;
        Describe(name, "", "", "");
        Direction = direction;
        Frequency = frequency;
    }

    public void Describe(string name, string definition, string unit, string dataSource)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("A KPI needs a name.");
        Name = name.Trim();
        Definition = definition?.Trim() ?? "";
        Unit = unit?.Trim() ?? "";
        DataSource = dataSource?.Trim() ?? "";
    }

    public void Measure(ImprovementDirection direction, KpiFrequency frequency)
    {
        Direction = direction;
        Frequency = frequency;
    }

    public void Assign(Guid? ownerId, DataQuality quality)
    {
        OwnerId = ownerId;
        DataQuality = quality;
    }

    /// <summary>High-level KPIs report to an ISG and evidence a CQC domain; a root cause's KPI has neither.</summary>
    public void Place(Guid? isgId, CqcDomain? domain)
    {
        if (Kind == KpiKind.HighLevel && (isgId is null || domain is null))
            throw new DomainException($"High-level KPI {Code} needs its ISG and the CQC domain it evidences.");
        IsgId = Kind == KpiKind.HighLevel ? isgId : null;
        Domain = Kind == KpiKind.HighLevel ? domain : null;
    }

    /// <summary>Sets the target from a period onwards, replacing any set from the same period.</summary>
    public void SetTarget(DateOnly from, decimal? value)
    {
        Targets = Targets.Where(t => t.From != from).Append(new KpiTarget(from, value)).OrderBy(t => t.From).ToList();
    }

    /// <summary>The target in force for a period: the latest set on or before it.</summary>
    public decimal? TargetFor(DateOnly period) => Targets.LastOrDefault(t => t.From <= period)?.Value;

    public void ConfigureSpc(IEnumerable<DateOnly> rebaseAt, int? fixLimitsAfter, bool screenOutliers, int sustainPeriods)
    {
        if (fixLimitsAfter is < 2) throw new DomainException("Limits can be fixed after 2 or more points.");
        if (sustainPeriods < 1) throw new DomainException("An improvement must hold for at least one period.");
        RebaseAt = rebaseAt.Distinct().Order().ToList();
        FixLimitsAfter = fixLimitsAfter;
        ScreenOutliers = screenOutliers;
        SustainPeriods = sustainPeriods;
    }
}
