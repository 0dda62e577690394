using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Backup;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Backup;

/// <summary>The archive's tables come from the EF model: a new table is either carried or deliberately left out, never forgotten.</summary>
[Collection(OnSqlite.Name)]
public sealed class BackupPlanTests(SqliteApp app)
{
    [Fact]
    public async Task Every_stored_entity_type_is_exported_or_listed_as_excluded_with_a_reason()
    {
        var model = await app.AsSystem(sp => Task.FromResult(sp.GetRequiredService<QipDbContext>().Model));
        var plan = BackupPlan.For(model);

        Assert.Empty(plan.Unclassified.Select(t => t.GetTableName()));
        Assert.Empty(plan.DanglingKeys);
        var stored = BackupPlan.StoredTypes(model).ToList();
        Assert.All(stored, t => Assert.True(plan.Tables.Any(x => x.EntityType == t) ^ plan.Excluded.ContainsKey(t), t.GetTableName()));
        // Every exclusion names a type still in the model, so the list cannot rot silently either.
        Assert.All(BackupExclusions.Tables.Keys.Concat(BackupExclusions.Rows.Keys), type => Assert.Contains(stored, t => t.ClrType == type));
        Assert.All(BackupExclusions.Tables.Values, why => Assert.False(string.IsNullOrWhiteSpace(why)));
        // What the issue names is carried: register, history and audit trail, evidence, KPIs, sprints, papers, drafts, people.
        Assert.Empty(new[]
        {
            "Trusts", "Memberships", "AspNetUsers", "Findings", "RootCauses", "RootCauseFindings", "Actions", "RootCauseHistory",
            "BaselineHistory", "AuditEntries", "Evidence", "Kpis", "KpiMeasurements", "Sprints", "SprintScope", "SprintUpdates",
            "GeneratedPapers", "PaperDrafts", "Invitations", "ApiTokens",
        }.Except(plan.Tables.Select(t => t.Name)));
        // Each table comes after every table it points at, so the restore can insert in this order.
        var seen = new HashSet<string>();
        foreach (var table in plan.Tables)
        {
            Assert.All(table.EntityType.GetForeignKeys().Select(k => k.PrincipalEntityType.GetTableName()!).Where(p => p != table.Name), p => Assert.Contains(p, seen));
            seen.Add(table.Name);
        }
    }

    [Fact]
    public async Task Every_column_that_names_a_stored_file_is_declared_so_its_file_travels()
    {
        var model = await app.AsSystem(sp => Task.FromResult(sp.GetRequiredService<QipDbContext>().Model));
        // Columns ending in Key that are not file keys, each for a reason: a dedup key, and an external login's id.
        string[] notFiles = ["DedupKey", "ProviderKey"];
        var keyLike = BackupPlan.For(model).Tables.SelectMany(t => t.EntityType.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.Name.EndsWith("Key", StringComparison.Ordinal) && !notFiles.Contains(p.Name))
                .Select(p => (t.EntityType.ClrType, p.Name)))
            .ToHashSet();
        Assert.Equal(BackupFiles.KeyColumns.OrderBy(k => k.Property), keyLike.OrderBy(k => k.Name));
    }
}
