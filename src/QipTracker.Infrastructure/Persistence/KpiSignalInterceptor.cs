using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using QipTracker.Domain.Common;
using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Keeps <see cref="RootCause.KpiNotImproving"/> true to the KPI's chart, in the same save as whatever could change
/// it: a measurement added, replaced or removed, a KPI's SPC settings or direction changed, or a root cause linked
/// to a KPI. So the RAG rule's "KPI not improving" input is a column the database can use, and no feature has to
/// remember to refresh it. Runs after the audit interceptor: the flag is derived, so setting it neither writes an
/// audit entry nor raises the root cause's version (an owner's open form does not go stale because a KPI was measured).
/// </summary>
public sealed class KpiSignalInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is QipDbContext db && Touched(db) is { Count: > 0 } kpiIds)
        {
            var (kpis, values, rootCauses) = Stored(db, kpiIds);
            Apply(db, kpiIds, kpis.ToList(), values.ToList(), rootCauses.ToList());
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QipDbContext db && Touched(db) is { Count: > 0 } kpiIds)
        {
            var (kpis, values, rootCauses) = Stored(db, kpiIds);
            Apply(db, kpiIds, await kpis.ToListAsync(cancellationToken), await values.ToListAsync(cancellationToken),
                await rootCauses.ToListAsync(cancellationToken));
        }
        return result;
    }

    /// <summary>The touched KPIs, their measurements and the root causes they measure, as stored before this save.</summary>
    private static (IQueryable<Kpi> Kpis, IQueryable<StoredValue> Values, IQueryable<RootCause> RootCauses) Stored(QipDbContext db, HashSet<Guid> kpiIds)
    {
        var ids = kpiIds.ToList();
        return (db.Kpis.AsNoTracking().Where(k => ids.Contains(k.Id)),
            db.KpiMeasurements.AsNoTracking().Where(m => ids.Contains(m.KpiId)).Select(m => new StoredValue(m.Id, m.KpiId, m.Period, m.Value)),
            db.RootCauses.Where(r => r.KpiId != null && ids.Contains(r.KpiId.Value)));
    }

    /// <summary>
    /// Reads every linked KPI's chart afresh and saves the flags: once, when the column is added to a database that
    /// already holds measurements (the OneTruth migration), since nothing has been saved through this interceptor yet.
    /// </summary>
    public static async Task RefreshAllAsync(QipDbContext db, CancellationToken ct)
    {
        var kpiIds = (await db.RootCauses.Where(r => r.KpiId != null).Select(r => r.KpiId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        if (kpiIds.Count == 0) return;
        var (kpis, values, rootCauses) = Stored(db, kpiIds);
        Apply(db, kpiIds, await kpis.ToListAsync(ct), await values.ToListAsync(ct), await rootCauses.ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    private sealed record StoredValue(Guid Id, Guid KpiId, DateOnly Period, decimal Value);

    /// <summary>The KPIs whose chart this save may change, or whose root causes it links.</summary>
    private static HashSet<Guid> Touched(QipDbContext db)
    {
        var tracker = db.ChangeTracker;
        tracker.DetectChanges();
        var ids = new HashSet<Guid>();
        foreach (var m in tracker.Entries<KpiMeasurement>().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
            ids.Add(m.Entity.KpiId);
        foreach (var k in tracker.Entries<Kpi>().Where(e => e.State is EntityState.Added or EntityState.Modified))
            ids.Add(k.Entity.Id);
        foreach (var r in tracker.Entries<RootCause>().Where(e => e.Entity.KpiId is not null
                     && (e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(x => x.KpiId).IsModified))))
            ids.Add(r.Entity.KpiId!.Value);
        return ids;
    }

    /// <param name="storedKpis">The KPIs as stored (one added in this save is not there yet: the tracked one wins).</param>
    /// <param name="storedValues">Their measurements as stored, before this save's changes.</param>
    /// <param name="storedRootCauses">The root causes stored as measured by them (now tracked).</param>
    private static void Apply(QipDbContext db, HashSet<Guid> kpiIds, List<Kpi> storedKpis, List<StoredValue> storedValues, List<RootCause> storedRootCauses)
    {
        var tracker = db.ChangeTracker;
        var kpis = tracker.Entries<Kpi>().Where(e => e.State != EntityState.Deleted && kpiIds.Contains(e.Entity.Id)).Select(e => e.Entity)
            .UnionBy(storedKpis, k => k.Id).ToList();

        // The measurements as they will be once this save is done: the stored ones with this save's changes applied.
        var values = storedValues.ToDictionary(v => v.Id, v => (v.KpiId, Value: new KpiValue(v.Period, v.Value)));
        foreach (var e in tracker.Entries<KpiMeasurement>().Where(e => kpiIds.Contains(e.Entity.KpiId)))
        {
            if (e.State == EntityState.Deleted) values.Remove(e.Entity.Id);
            else values[e.Entity.Id] = (e.Entity.KpiId, new KpiValue(e.Entity.Period, e.Entity.Value));
        }
        var series = values.Values.ToLookup(v => v.KpiId, v => v.Value);
        var notImproving = kpis.ToDictionary(k => k.Id, k => NotImproving(k, series[k.Id]));

        // Every root cause measured by one of these KPIs, whether this save touches it or not.
        foreach (var rootCause in tracker.Entries<RootCause>().Where(e => e.State != EntityState.Deleted).Select(e => e.Entity).Union(storedRootCauses))
            if (rootCause.KpiId is { } kpiId && notImproving.TryGetValue(kpiId, out var flag) && rootCause.KpiNotImproving != flag)
                rootCause.ReadKpi(flag);
        tracker.DetectChanges();
    }

    private static bool NotImproving(Kpi kpi, IEnumerable<KpiValue> values)
    {
        try { return KpiSpc.IsNotImproving(KpiSpc.Analyse(kpi, values)); }
        // A series the chart cannot be drawn from says nothing about improvement; it must not stop the save.
        catch (DomainException) { return false; }
    }
}
