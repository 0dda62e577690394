using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// The SELECT that picks one table's rows of the trust: by its trust id, by the trust's row, through the foreign key
/// to an exported parent, or — for accounts — the users that the trust's rows point at by foreign key.
/// </summary>
internal sealed class BackupQuery(BackupPlan plan, ISqlGenerationHelper sql, Guid trustId)
{
    private const string TrustParameter = "@trust";

    public DbCommand Select(DbConnection connection, BackupTable table, IReadOnlyList<BackupColumn> columns)
    {
        var command = connection.CreateCommand();
        var leftOut = new List<(string Name, IProperty Property, object Value)>();
        var where = Where(table, leftOut);
        var order = string.Join(", ", table.Table.PrimaryKey!.Columns.Select(c => Q(c.Name)));
        command.CommandText = $"SELECT {string.Join(", ", columns.Select(c => Q(c.Name)))} FROM {T(table)} WHERE {where} ORDER BY {order}";
        var trustKey = plan.Tables.Single(t => t.Scope == BackupScope.Trust).EntityType.FindPrimaryKey()!.Properties[0];
        command.Parameters.Add(trustKey.GetRelationalTypeMapping().CreateParameter(command, TrustParameter, trustId, nullable: false));
        foreach (var (name, property, value) in leftOut)
            command.Parameters.Add(property.GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: false));
        return command;
    }

    private string Where(BackupTable table, List<(string, IProperty, object)> leftOut) => table.Scope switch
    {
        BackupScope.Trust => $"{Q(table.ColumnOf(table.EntityType.FindPrimaryKey()!.Properties[0]))} = {TrustParameter}",
        BackupScope.TrustOwned => $"{Q(table.ColumnOf(table.EntityType.FindProperty(BackupPlan.TrustIdProperty)!))} = {TrustParameter}" + LeftOut(table, leftOut),
        BackupScope.Child => $"{Q(table.ColumnOf(table.Through!.Properties[0]))} IN " +
                             $"(SELECT {Q(table.Parent!.ColumnOf(table.Through.PrincipalKey.Properties[0]))} FROM {T(table.Parent)} WHERE {Where(table.Parent, leftOut)})",
        BackupScope.Account => $"{Q(table.ColumnOf(table.EntityType.FindPrimaryKey()!.Properties[0]))} IN ({AccountsPointedAt(table, leftOut)})",
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    // Every foreign key from a table of the trust (not one reached through the accounts themselves) to the accounts.
    private string AccountsPointedAt(BackupTable accounts, List<(string, IProperty, object)> leftOut)
    {
        var sources = plan.Tables.Where(t => !ThroughAccounts(t))
            .SelectMany(t => t.EntityType.GetForeignKeys().Where(k => k.PrincipalEntityType.GetRootType() == accounts.EntityType).Select(k => (t, k)))
            .Select(s => $"SELECT {Q(s.t.ColumnOf(s.k.Properties[0]))} FROM {T(s.t)} WHERE {Where(s.t, leftOut)}")
            .ToList();
        return sources.Count > 0 ? string.Join(" UNION ", sources) : "SELECT NULL WHERE 1 = 0";
    }

    public static bool ThroughAccounts(BackupTable table) =>
        table.Scope == BackupScope.Account || (table.Scope == BackupScope.Child && ThroughAccounts(table.Parent!));

    private string LeftOut(BackupTable table, List<(string, IProperty, object)> leftOut)
    {
        if (!BackupExclusions.Rows.TryGetValue(table.EntityType.ClrType, out var rule)) return "";
        var property = table.EntityType.FindProperty(rule.Property)!;
        var name = $"@leftout{leftOut.Count}";
        leftOut.Add((name, property, rule.Value));
        return $" AND {Q(table.ColumnOf(property))} <> {name}";
    }

    private string Q(string identifier) => sql.DelimitIdentifier(identifier);
    private string T(BackupTable table) => sql.DelimitIdentifier(table.Table.Name, table.Table.Schema);
}
