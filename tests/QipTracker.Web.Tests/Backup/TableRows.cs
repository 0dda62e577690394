using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
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
    public static Task<Dictionary<string, Dictionary<string, string>>> OfAsync(QipAppFactory app, Guid? onlyTrust = null) => app.AsSystem(async sp =>
    {
        var db = sp.GetRequiredService<QipDbContext>();
        var files = sp.GetRequiredService<IFileStore>();
        var tables = new Dictionary<string, Dictionary<string, string>>();
        foreach (var table in BackupPlan.For(db.Model).Tables)
        {
            var load = typeof(TableRows).GetMethod(nameof(Load), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(table.EntityType.ClrType);
            var rows = new Dictionary<string, string>();
            foreach (var row in (List<object>)load.Invoke(null, [db])!)
            {
                var entry = db.Entry(row);
                var trustOfRow = table.Scope switch
                {
                    BackupScope.Trust => entry.Property("Id").CurrentValue,
                    BackupScope.TrustOwned => entry.Property(BackupPlan.TrustIdProperty).CurrentValue,
                    _ => onlyTrust,
                };
                if (onlyTrust is not null && !onlyTrust.Equals(trustOfRow)) continue;
                var key = string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));
                rows[key] = await RowAsync(entry, files);
            }
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
