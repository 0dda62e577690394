using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Backup;

/// <summary>How a table's rows belong to the trust being backed up.</summary>
public enum BackupScope
{
    /// <summary>The trust's own row.</summary>
    Trust,
    /// <summary>Rows carrying the trust's id.</summary>
    TrustOwned,
    /// <summary>The user accounts the trust's rows point at: its members, invitees and token holders.</summary>
    Account,
    /// <summary>Rows with no trust id of their own, reached through a foreign key to an exported row.</summary>
    Child,
}

/// <summary>One table in the archive: its entity type, how its rows are chosen, and the entry they are written to.</summary>
public sealed class BackupTable(IEntityType entityType, ITable table, BackupScope scope)
{
    public IEntityType EntityType { get; } = entityType;
    public ITable Table { get; } = table;
    public BackupScope Scope { get; } = scope;
    public string Name => Table.Name;
    public string Entry => $"tables/{Table.Name}.jsonl";

    /// <summary>For a child: the foreign key it is reached through, and the table that key points at.</summary>
    public IForeignKey? Through { get; internal set; }
    public BackupTable? Parent { get; internal set; }

    public string ColumnOf(IProperty property) => property.GetColumnName(StoreObjectIdentifier.Table(Table.Name, Table.Schema))!;
}

/// <summary>
/// Which tables make up a trust, derived from the EF model rather than listed by hand: the trust's row, every
/// entity with a <c>TrustId</c>, the user accounts those rows point at, and every table reached only through a
/// foreign key to one of them — minus <see cref="BackupExclusions"/>. An entity type that fits none of these and
/// is not excluded is <see cref="Unclassified"/>, and the export refuses to run until someone decides.
/// </summary>
public sealed class BackupPlan
{
    public const string TrustIdProperty = "TrustId";

    /// <summary>The exported tables, each after every table it has a foreign key to (the order import inserts in).</summary>
    public IReadOnlyList<BackupTable> Tables { get; }
    public IReadOnlyDictionary<IEntityType, string> Excluded { get; }
    public IReadOnlyList<IEntityType> Unclassified { get; }
    /// <summary>Foreign keys from an exported table to one that is not: a restore could not satisfy them.</summary>
    public IReadOnlyList<string> DanglingKeys { get; }

    private BackupPlan(IReadOnlyList<BackupTable> tables, IReadOnlyDictionary<IEntityType, string> excluded,
        IReadOnlyList<IEntityType> unclassified, IReadOnlyList<string> danglingKeys)
    {
        Tables = tables;
        Excluded = excluded;
        Unclassified = unclassified;
        DanglingKeys = danglingKeys;
    }

    public BackupTable this[Type clrType] => Tables.Single(t => t.EntityType.ClrType == clrType);

    /// <summary>Every stored entity type: not owned (those live in their owner's row), the root of its hierarchy, with a table.</summary>
    public static IEnumerable<IEntityType> StoredTypes(IModel model) => model.GetEntityTypes()
        .Where(t => !t.IsOwned() && t.BaseType is null && t.GetTableName() is not null);

    public static BackupPlan For(IModel model)
    {
        var stored = StoredTypes(model).ToList();
        var excluded = stored.Where(t => BackupExclusions.Tables.ContainsKey(t.ClrType))
            .ToDictionary(t => t, t => BackupExclusions.Tables[t.ClrType]);
        var chosen = new Dictionary<IEntityType, BackupTable>();
        BackupTable Add(IEntityType type, BackupScope scope) => chosen[type] = new BackupTable(type, TableOf(type), scope);

        foreach (var type in stored.Where(t => !excluded.ContainsKey(t)))
        {
            if (type.ClrType == typeof(Trust)) Add(type, BackupScope.Trust);
            else if (type.FindProperty(TrustIdProperty) is { } p && (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?))) Add(type, BackupScope.TrustOwned);
            else if (type.ClrType == typeof(AppUser)) Add(type, BackupScope.Account);
        }

        // Children, to a fixed point: a table is reached through a key to a chosen table (a trust's row before an account's).
        for (var added = true; added;)
        {
            added = false;
            foreach (var type in stored.Where(t => !excluded.ContainsKey(t) && !chosen.ContainsKey(t)))
            {
                var through = type.GetForeignKeys()
                    .Where(k => k.PrincipalEntityType != type && chosen.ContainsKey(k.PrincipalEntityType.GetRootType()) && k.Properties.Count == 1)
                    .OrderBy(k => chosen[k.PrincipalEntityType.GetRootType()].Scope == BackupScope.Account ? 1 : 0)
                    .FirstOrDefault();
                if (through is null) continue;
                var table = Add(type, BackupScope.Child);
                table.Through = through;
                table.Parent = chosen[through.PrincipalEntityType.GetRootType()];
                added = true;
            }
        }

        var unclassified = stored.Where(t => !excluded.ContainsKey(t) && !chosen.ContainsKey(t)).ToList();
        var dangling = chosen.Values.SelectMany(t => t.EntityType.GetForeignKeys()
                .Where(k => !chosen.ContainsKey(k.PrincipalEntityType.GetRootType()))
                .Select(k => $"{t.Name} → {k.PrincipalEntityType.GetTableName()}"))
            .ToList();
        return new BackupPlan(InKeyOrder(chosen.Values), excluded, unclassified, dangling);
    }

    /// <summary>Refuses a plan that would leave rows behind or could not be restored, naming what to decide.</summary>
    public BackupPlan EnsureComplete()
    {
        if (Unclassified.Count > 0)
            throw new BackupException(
                $"The tables {string.Join(", ", Unclassified.Select(t => t.GetTableName()))} are neither exported nor listed in BackupExclusions: " +
                "decide whether they belong to a trust before backing one up.");
        if (DanglingKeys.Count > 0)
            throw new BackupException($"Exported tables point at tables that are not exported ({string.Join(", ", DanglingKeys)}): a restore could not satisfy them.");
        return this;
    }

    private static ITable TableOf(IEntityType type) =>
        type.GetTableMappings().Single(m => m.IsSplitEntityTypePrincipal != false).Table;

    // Kahn's algorithm over the foreign keys between exported tables.
    private static List<BackupTable> InKeyOrder(IEnumerable<BackupTable> tables)
    {
        var all = tables.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var byType = all.ToDictionary(t => t.EntityType);
        var ordered = new List<BackupTable>();
        var placed = new HashSet<IEntityType>();
        while (ordered.Count < all.Count)
        {
            var next = all.FirstOrDefault(t => !placed.Contains(t.EntityType) && t.EntityType.GetForeignKeys()
                .Select(k => k.PrincipalEntityType.GetRootType())
                .All(p => p == t.EntityType || placed.Contains(p) || !byType.ContainsKey(p)))
                ?? throw new BackupException("The exported tables' foreign keys form a cycle: no insert order satisfies them.");
            ordered.Add(next);
            placed.Add(next.EntityType);
        }
        return ordered;
    }
}
