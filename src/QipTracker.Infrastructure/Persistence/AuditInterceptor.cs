using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Persistence;

/// <summary>
/// Writes the audit trail and raises versions in the same save as the change itself, so no
/// change escapes the trail: each modified field of a domain record becomes one AuditEntry
/// (who, when, before, after); a created or deleted record becomes one entry with its values.
/// </summary>
public sealed class AuditInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is QipDbContext db) Audit(db);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is QipDbContext db) Audit(db);
        return ValueTask.FromResult(result);
    }

    private void Audit(QipDbContext db)
    {
        var now = clock.GetUtcNow();
        var userId = db.CurrentUser.UserId;
        var entries = new List<AuditEntry>();
        GuardTenant(db);
        // A root cause created in this save is recorded by its Created entry; later link changes are history.
        var created = db.ChangeTracker.Entries<RootCause>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.Id).ToHashSet();
        foreach (var link in db.ChangeTracker.Entries<RootCauseFinding>()
                     .Where(e => e.State is EntityState.Added or EntityState.Deleted && !created.Contains(e.Entity.RootCauseId)))
        {
            // Which findings a root cause answers decides its priority class: keep that history too.
            var l = link.Entity;
            var added = link.State == EntityState.Added;
            entries.Add(new AuditEntry(l.TrustId, nameof(RootCause), l.RootCauseId, AuditOperation.Modified, "Finding",
                added ? null : l.FindingId.ToString(), added ? l.FindingId.ToString() : null, userId, now));
        }
        foreach (var entry in db.ChangeTracker.Entries().Where(IsAudited).ToList())
        {
            var trustId = entry.Entity is ITenantOwned owned ? owned.TrustId : (entry.Entity as Trust)?.Id;
            var type = entry.Metadata.ClrType.Name;
            var id = entry.Entity is Entity e ? e.Id : Guid.Empty;
            switch (entry.State)
            {
                case EntityState.Added:
                    entries.Add(new AuditEntry(trustId, type, id, AuditOperation.Created, "", null, Snapshot(entry), userId, now));
                    break;
                case EntityState.Deleted:
                    entries.Add(new AuditEntry(trustId, type, id, AuditOperation.Deleted, "", Snapshot(entry), null, userId, now));
                    break;
                case EntityState.Modified:
                    foreach (var (field, before, after) in ChangedFields(entry))
                        entries.Add(new AuditEntry(trustId, type, id, AuditOperation.Modified, field, before, after, userId, now));
                    if (entry.Entity is IVersioned) BumpVersion(entry);
                    break;
            }
        }
        db.AuditEntries.AddRange(entries);
    }

    /// <summary>
    /// Query filters guard reads; this guards writes: acting in one trust, nothing may be saved
    /// into another. Only system work across all trusts (migrations, seeding, jobs) and the
    /// platform's SystemAdmin (creating a trust and its first admin) may.
    /// </summary>
    private static void GuardTenant(QipDbContext db)
    {
        if (db.CurrentUser.AllTrusts || db.CurrentUser.IsSystemAdmin) return;
        var foreign = db.ChangeTracker.Entries<ITenantOwned>()
            .FirstOrDefault(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                                 && e.Entity.TrustId != db.CurrentUser.TrustId);
        if (foreign is not null)
            throw new InvalidOperationException(
                $"Refused to save a {foreign.Metadata.ClrType.Name} of another trust while acting in trust {db.CurrentUser.TrustId?.ToString() ?? "(none)"}.");
    }

    private static bool IsAudited(EntityEntry entry) =>
        entry.Entity is Entity && entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
        && !entry.Metadata.IsOwned();

    // The version the editor loaded stays as the original value, so a stale edit fails the
    // concurrency check; the new value is what the next editor must present.
    private static void BumpVersion(EntityEntry entry)
    {
        var version = entry.Property(nameof(IVersioned.Version));
        version.CurrentValue = (long)version.OriginalValue! + 1;
    }

    private static IEnumerable<(string Field, string? Before, string? After)> ChangedFields(EntityEntry entry)
    {
        foreach (var p in entry.Properties)
            if (p.IsModified && p.Metadata.Name is not (nameof(IVersioned.Version) or ChangeStamp.Property) && !Equals(p.OriginalValue, p.CurrentValue))
                yield return (p.Metadata.Name, AuditValue.Record(p.Metadata.Name, p.OriginalValue), AuditValue.Record(p.Metadata.Name, p.CurrentValue));
        foreach (var complex in entry.ComplexProperties)
            foreach (var p in complex.Properties)
                if (p.IsModified && !Equals(p.OriginalValue, p.CurrentValue))
                    yield return ($"{complex.Metadata.Name}.{p.Metadata.Name}", AuditValue.Record(p.Metadata.Name, p.OriginalValue),
                        AuditValue.Record(p.Metadata.Name, p.CurrentValue));
    }

    private static string Snapshot(EntityEntry entry)
    {
        var values = new SortedDictionary<string, string?>();
        // The change stamp is bookkeeping for incremental pulls, set after this runs: not part of what changed.
        foreach (var p in entry.Properties.Where(p => p.Metadata.Name is not (nameof(Entity.Id) or nameof(ITenantOwned.TrustId) or ChangeStamp.Property)))
            if (p.CurrentValue is not null) values[p.Metadata.Name] = AuditValue.Record(p.Metadata.Name, p.CurrentValue);
        return JsonSerializer.Serialize(values);
    }
}
