namespace QipTracker.Bench.Data;

/// <summary>How big one generated trust is.</summary>
/// <param name="HistoryYears">How long its plan has run: root causes fall due, sprints run and KPIs are measured over it.</param>
public sealed record TrustShape(int Findings, int RootCauses, int Actions, int Users, int Isgs, int Kpis, int MeasurementsPerKpi, int HistoryYears)
{
    /// <summary>Issue 14's large trust: 600 findings, 2,000 root causes, 8,000 actions, 60 users, 300 KPIs × 104 fortnights, four years.</summary>
    public static readonly TrustShape Large = new(600, 2_000, 8_000, 60, 5, 300, 104, 4);

    /// <summary>The other trusts of the SaaS database: about the demo trust's size, two years in.</summary>
    public static readonly TrustShape Regular = new(120, 400, 1_600, 20, 4, 40, 52, 2);

    /// <summary>
    /// Smaller than <see cref="Large"/>'s tenth in every count a request could loop over (one ISG, fewer people, root
    /// causes, actions, KPIs and measurements): the round-trip guard's other size, seeded in a second or two.
    /// </summary>
    public static readonly TrustShape Tiny = new(12, 40, 160, 8, 1, 8, 13, 1);

    /// <summary>A tenth of the shape (at least one ISG's worth), for quick runs and the smoke test.</summary>
    public TrustShape Tenth() => new(Math.Max(10, Findings / 10), Math.Max(20, RootCauses / 10), Math.Max(40, Actions / 10),
        Math.Max(12, Users / 10), Math.Max(2, Isgs / 2), Math.Max(6, Kpis / 10), Math.Max(26, MeasurementsPerKpi / 4), Math.Max(1, HistoryYears / 4));
}

/// <summary>What one run seeds: the trust every request runs in first, then the others sharing its database.</summary>
public sealed record DataShape(string Name, TrustShape Measured, int LargeTrusts, int RegularTrusts, TrustShape Large, TrustShape Regular)
{
    public int Trusts => LargeTrusts + RegularTrusts;

    /// <summary>One large trust alone (SQLite or PostgreSQL).</summary>
    public static DataShape LargeTrust(bool small) => small
        ? new("large trust (small)", TrustShape.Large.Tenth(), 1, 0, TrustShape.Large.Tenth(), TrustShape.Regular.Tenth())
        : new("large trust", TrustShape.Large, 1, 0, TrustShape.Large, TrustShape.Regular);

    /// <summary>One tiny trust alone: the round-trip guard compares each request's SQL count here and at the small size.</summary>
    public static DataShape TinyTrust() => new("tiny trust", TrustShape.Tiny, 1, 0, TrustShape.Tiny, TrustShape.Tiny);

    /// <summary>200 trusts in one PostgreSQL database, 20 of them large; the requests run in the first large one.</summary>
    public static DataShape Saas(bool small) => small
        ? new("SaaS (small)", TrustShape.Large.Tenth(), 1, 4, TrustShape.Large.Tenth(), TrustShape.Regular.Tenth())
        : new("SaaS", TrustShape.Large, 20, 180, TrustShape.Large, TrustShape.Regular);
}
