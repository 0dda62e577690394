using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Backup;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Backup;

/// <summary>
/// Every row of every exported entity type as EF Core materialises it (not as the backup reads it), each column and
/// owned value written out, and each stored file replaced by the SHA-256 of its bytes — comparable across providers.
/// </summary>
public static class TableRows
{
    /// <summary>
    /// With <paramref name="onlyTrust"/>, the rows the archive should hold, chosen from EF Core's rows by the documented rule:
    /// the trust's row, rows with its trust id, rows reached by foreign key from those, and the accounts they point at.
    /// </summary>
    public static Task<Dictionary<string, Dictionary<string, string>>> OfAsync(QipAppFactory app, Guid? onlyTrust = null) => app.AsSystem(async sp =>
    {
        var db = sp.GetRequiredService<QipDbContext>();
        var files = sp.GetRequiredService<IFileStore>();
        var plan = BackupPlan.For(db.Model);
        var load = typeof(TableRows).GetMethod(nameof(Load), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        var all = plan.Tables.ToDictionary(t => t, t => ((List<object>)load.MakeGenericMethod(t.EntityType.ClrType).Invoke(null, [db])!).Select(db.Entry).ToList());
        static bool ThroughAccounts(BackupTable t) => t.Scope == BackupScope.Account || (t.Scope == BackupScope.Child && ThroughAccounts(t.Parent!));
        static object? Value(EntityEntry e, IProperty p) => e.Property(p.Name).CurrentValue;
        static object? Key(EntityEntry e) => Value(e, e.Metadata.FindPrimaryKey()!.Properties[0]);

        var chosen = new Dictionary<BackupTable, List<EntityEntry>>();
        bool Chosen(BackupTable table, EntityEntry e) => onlyTrust is not { } trust || table.Scope switch
        {
            BackupScope.Trust => trust.Equals(Key(e)),
            BackupScope.TrustOwned => trust.Equals(e.Property(BackupPlan.TrustIdProperty).CurrentValue),
            BackupScope.Child => chosen[table.Parent!].Any(p => Equals(Key(p), Value(e, table.Through!.Properties[0]))),
            _ => AccountsNeeded().Contains(Key(e)!),
        };
        HashSet<object> AccountsNeeded() => chosen.Where(t => !ThroughAccounts(t.Key))
            .SelectMany(t => t.Key.EntityType.GetForeignKeys().Where(k => k.PrincipalEntityType.ClrType == typeof(AppUser))
                .SelectMany(k => t.Value.Select(e => Value(e, k.Properties[0]))))
            .OfType<object>().ToHashSet();
        foreach (var table in plan.Tables.Where(t => !ThroughAccounts(t)).Concat(plan.Tables.Where(ThroughAccounts)))
            chosen[table] = all[table].Where(e => Chosen(table, e)).ToList();

        var tables = new Dictionary<string, Dictionary<string, string>>();
        foreach (var (table, entries) in chosen)
        {
            var rows = new Dictionary<string, string>();
            foreach (var entry in entries)
                rows[string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(Value(entry, p))))] = await RowAsync(entry, files);
            tables[table.Name] = rows;
        }
        return tables;
    });

    private static List<object> Load<T>(QipDbContext db) where T : class => [.. db.Set<T>().IgnoreQueryFilters()];

    private static async Task<string> RowAsync(EntityEntry entry, IFileStore files)
    {
        var columns = new List<string>();
        foreach (var property in entry.Metadata.GetProperties())
        {
            var value = entry.Property(property.Name).CurrentValue;
            if (value is string key && BackupFiles.IsKey(entry.Metadata.ClrType, property.Name))
            {
                await using var content = await files.OpenReadAsync((Guid)entry.Property(BackupPlan.TrustIdProperty).CurrentValue!, key);
                value = "file sha256 " + Convert.ToHexString(await SHA256.HashDataAsync(content));
            }
            columns.Add($"{property.Name}={Text(value)}");
        }
        foreach (var complex in entry.Metadata.GetComplexProperties())
            columns.Add($"{complex.Name}={JsonSerializer.Serialize(entry.ComplexProperty(complex.Name).CurrentValue)}");
        foreach (var owned in entry.Metadata.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
            columns.Add($"{owned.Name}={JsonSerializer.Serialize(entry.Navigation(owned.Name).CurrentValue)}");
        return string.Join("; ", columns);
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        DateTimeOffset instant => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        decimal number => (number / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture), // 95.5000 is 95.5
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    /// <summary>The shared member's account as the archive carries it: working in the exported trust, not the other.</summary>
    public static void AsExported(Dictionary<string, Dictionary<string, string>> rows, Guid member, Guid otherTrust, Guid trust)
    {
        var users = rows["AspNetUsers"];
        var key = member.ToString();
        users[key] = users[key].Replace($"{nameof(AppUser.CurrentTrustId)}={otherTrust}", $"{nameof(AppUser.CurrentTrustId)}={trust}", StringComparison.Ordinal);
    }
}
