using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Backup;

/// <summary>What a restore wrote.</summary>
public sealed record ImportSummary(ManifestTrust Trust, IReadOnlyList<(string Table, long Rows)> Tables, int Files, IReadOnlyList<string> AccountsAlreadyHere);

/// <summary>
/// Restores a checked <see cref="TrustArchive"/> into this database, keeping every id, in one transaction: the rows go
/// in by plain INSERTs in foreign-key order (no interceptor runs, so no audit entry or version is added), the files go
/// through the file store first and are removed again if anything fails. It refuses a trust whose id or name is here
/// already, and an account whose email or id belongs to a different account here. Every row must be the archive's
/// trust's: a trust id or a foreign key naming anything outside the archive is refused.
/// </summary>
public sealed class TrustImporter(QipDbContext db, IFileStore files, BackupLimits limits)
{
    public async Task<ImportSummary> ImportAsync(TrustArchive archive, CancellationToken ct)
    {
        var manifest = archive.Manifest;
        var plan = BackupPlan.For(db.Model).EnsureComplete();
        var tables = Match(plan, manifest);
        await CheckTrustIsNewAsync(manifest.Trust, ct);
        var accounts = tables.Single(t => t.Table.Scope == BackupScope.Account);
        var alreadyHere = await CheckAccountsAsync(archive, accounts, ct);

        var sql = db.GetService<ISqlGenerationHelper>();
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var stored = new List<string>();
        try
        {
            var keys = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in manifest.Entries.Where(e => e.FileKey is not null))
            {
                await using var content = archive.Open(entry);
                var file = await files.SaveAsync(manifest.Trust.Id, content, ct);
                stored.Add(file.Key);
                if (!string.Equals(content.Sha256(), entry.Sha256, StringComparison.OrdinalIgnoreCase))
                    throw new BackupException($"The archive is damaged: the file '{entry.Name}' changed while it was read. Nothing was imported.");
                keys[entry.FileKey!] = file.Key;
            }

            var written = new Dictionary<IEntityType, HashSet<object>>();
            written[accounts.Table.EntityType] = [.. alreadyHere.Keys];
            var counts = new List<(string, long)>();
            foreach (var table in tables)
                counts.Add((table.Table.Name, await InsertAsync(archive, table, manifest.Trust.Id, keys, written, alreadyHere.Keys, sql, transaction.GetDbTransaction(), ct)));
            await transaction.CommitAsync(ct);
            return new ImportSummary(manifest.Trust, counts, stored.Count, alreadyHere.Values.Order(StringComparer.Ordinal).ToList());
        }
        catch
        {
            await transaction.RollbackAsync(CancellationToken.None);
            foreach (var key in stored) await files.DeleteAsync(manifest.Trust.Id, key, CancellationToken.None);
            throw;
        }
    }

    private sealed record ArchiveTable(BackupTable Table, ManifestEntry? Entry, IReadOnlyList<BackupColumn> Columns);

    // The archive's tables and columns against this app's: nothing unknown, and nothing this app needs left out.
    private static List<ArchiveTable> Match(BackupPlan plan, BackupManifest manifest)
    {
        var entries = manifest.Entries.Where(e => e.Table is not null).ToDictionary(e => e.Table!, StringComparer.Ordinal);
        if (entries.Keys.FirstOrDefault(name => plan.Tables.All(t => t.Name != name)) is { } unknown)
            throw new BackupException($"The archive holds a table '{unknown}' this app does not know: it was written by a newer version " +
                                      $"({manifest.AppVersion}). Upgrade this app before restoring it.");
        return plan.Tables.Select(table =>
        {
            var all = BackupColumn.Of(table);
            if (!entries.TryGetValue(table.Name, out var entry)) return new ArchiveTable(table, null, all); // a table newer than the archive: empty
            var columns = (entry.Columns ?? []).Select(name => all.FirstOrDefault(c => c.Name == name)
                ?? throw new BackupException($"The archive's table '{table.Name}' has a column '{name}' this app does not know: it was written by a newer version " +
                                             $"({manifest.AppVersion}). Upgrade this app before restoring it.")).ToList();
            if (all.FirstOrDefault(c => !columns.Contains(c) && !c.IsNullable && !c.HasDefault) is { } needed)
                throw new BackupException($"The archive's table '{table.Name}' lacks the column '{needed.Name}', which this app needs: " +
                                          $"restore it with the app version that wrote it ({manifest.AppVersion}) and upgrade that.");
            return new ArchiveTable(table, entry, columns);
        }).ToList();
    }

    private async Task CheckTrustIsNewAsync(ManifestTrust trust, CancellationToken ct)
    {
        var here = await db.Trusts.IgnoreQueryFilters().Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        if (here.FirstOrDefault(t => t.Id == trust.Id) is { } same)
            throw new BackupException($"The trust '{trust.Name}' ({trust.Id}) is already in this database, as '{same.Name}'. " +
                                      "A restore never overwrites a trust: restore into a database without it. Nothing was imported.");
        if (here.FirstOrDefault(t => string.Equals(t.Name, trust.Name, StringComparison.OrdinalIgnoreCase)) is { } named)
            throw new BackupException($"A different trust called '{named.Name}' ({named.Id}) is already in this database; the archive's trust is {trust.Id}. " +
                                      "Rename one of them first. Nothing was imported.");
    }

    /// <summary>
    /// The archive's accounts that are here already as the same account (same id, same email): kept as they are here,
    /// with the archive's memberships added. A different account with the same email, or the same id with another email,
    /// is a clash to explain, never merged.
    /// </summary>
    private async Task<Dictionary<object, string>> CheckAccountsAsync(TrustArchive archive, ArchiveTable accounts, CancellationToken ct)
    {
        var archived = new List<(Guid Id, string? Email, string? NormalizedEmail, string? NormalizedUserName)>();
        if (accounts.Entry is not null)
        {
            await using var content = archive.Open(accounts.Entry);
            await foreach (var line in JsonLines.ReadAsync(content, limits.MaxRowBytes, accounts.Entry.Name, ct))
            {
                using var row = Parse(line, accounts.Entry.Name);
                string? Text(string name) => row.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                archived.Add((row.RootElement.GetProperty(nameof(AppUser.Id)).GetGuid(), Text(nameof(AppUser.Email)),
                    Text(nameof(AppUser.NormalizedEmail)), Text(nameof(AppUser.NormalizedUserName))));
            }
        }
        var ids = archived.Select(a => a.Id).ToList();
        var emails = archived.Select(a => a.NormalizedEmail).OfType<string>().ToList();
        var names = archived.Select(a => a.NormalizedUserName).OfType<string>().ToList();
        var here = await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) || emails.Contains(u.NormalizedEmail!) || names.Contains(u.NormalizedUserName!))
            .Select(u => new { u.Id, u.Email, u.NormalizedEmail, u.NormalizedUserName }).ToListAsync(ct);

        var same = new Dictionary<object, string>();
        var clashes = new List<string>();
        foreach (var a in archived)
        {
            var byId = here.FirstOrDefault(u => u.Id == a.Id);
            if (byId is not null && byId.NormalizedEmail == a.NormalizedEmail) { same[a.Id] = a.Email ?? a.Id.ToString(); continue; }
            if (byId is not null)
                clashes.Add($"the archive's account {a.Id} ({a.Email}) has that id here with another email, {byId.Email}");
            foreach (var other in here.Where(u => u.Id != a.Id && (u.NormalizedEmail == a.NormalizedEmail || u.NormalizedUserName == a.NormalizedUserName)))
                clashes.Add($"{a.Email} is the email of a different account here ({other.Id}) than the archive's ({a.Id})");
        }
        if (clashes.Count > 0)
            throw new BackupException($"The archive's accounts clash with accounts in this database: {string.Join("; ", clashes)}. " +
                                      "Accounts are never merged: change the email of the account here (or remove it), or restore into another database. Nothing was imported.");
        return same;
    }

    private async Task<long> InsertAsync(TrustArchive archive, ArchiveTable table, Guid trustId, Dictionary<string, string> fileKeys,
        Dictionary<IEntityType, HashSet<object>> written, IEnumerable<object> accountsHere, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken ct)
    {
        if (table.Entry is null) return 0;
        var type = table.Table.EntityType;
        var columns = table.Columns;
        int Index(IProperty p) => columns.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.Property == p, (null!, -1)).Item2;
        var key = type.FindPrimaryKey()!.Properties is [var single] ? Index(single) : -1;
        var trustColumn = table.Table.Scope switch
        {
            BackupScope.Trust => key,
            BackupScope.TrustOwned => Index(type.FindProperty(BackupPlan.TrustIdProperty)!),
            _ => -1,
        };
        var references = type.GetForeignKeys().Where(k => k.Properties.Count == 1 && written.ContainsKey(k.PrincipalEntityType.GetRootType()))
            .Select(k => (Column: Index(k.Properties[0]), Principal: k.PrincipalEntityType.GetRootType())).Where(r => r.Column >= 0).ToList();
        var fileColumns = columns.Select((c, i) => (c, i)).Where(x => x.c.Property is { } p && BackupFiles.IsKey(type.ClrType, p.Name)).Select(x => x.i).ToList();
        var skipThrough = table.Table.Scope == BackupScope.Account ? key
            : table.Table.Scope == BackupScope.Child && table.Table.Parent!.Scope == BackupScope.Account ? Index(table.Table.Through!.Properties[0]) : -1;
        var accountsAlreadyHere = accountsHere.ToHashSet();
        if (key >= 0) written.TryAdd(type, []);

        var batchSize = Math.Max(1, Math.Min(500, 2000 / columns.Count));
        var batch = new List<object?[]>(batchSize);
        long rows = 0;
        await using var content = archive.Open(table.Entry);
        await foreach (var line in JsonLines.ReadAsync(content, limits.MaxRowBytes, table.Entry.Name, ct))
        {
            rows++;
            using var row = Parse(line, table.Entry.Name);
            var values = new object?[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                if (!row.RootElement.TryGetProperty(columns[i].Name, out var value))
                    throw new BackupException($"A row of '{table.Entry.Name}' has no value for {columns[i].Name}: the archive is damaged. Nothing was imported.");
                try { values[i] = columns[i].FromNeutral(value); }
                catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
                {
                    throw new BackupException($"A row of '{table.Entry.Name}' has a value for {columns[i].Name} that is not one: the archive is damaged. Nothing was imported.", e);
                }
            }

            if (trustColumn >= 0 && !trustId.Equals(values[trustColumn]))
                throw new BackupException($"A row of '{table.Entry.Name}' belongs to trust {values[trustColumn]}, not to the archive's trust {trustId}: " +
                                          "a restore writes one trust only. Nothing was imported.");
            foreach (var (column, principal) in references)
                if (values[column] is { } target && !written[principal].Contains(target))
                    throw new BackupException($"A row of '{table.Entry.Name}' points at {target} in {principal.GetTableName()}, which is not in the archive: " +
                                              "a restore writes one trust only, whole. Nothing was imported.");
            foreach (var i in fileColumns)
                if (values[i] is string stored)
                    values[i] = fileKeys.TryGetValue(stored, out var now) ? now
                        : throw new BackupException($"A row of '{table.Entry.Name}' names the file '{stored}', which the archive does not hold: it is damaged. Nothing was imported.");
            if (key >= 0) written[type].Add(values[key]!);
            if (skipThrough >= 0 && values[skipThrough] is { } account && accountsAlreadyHere.Contains(account)) continue;

            batch.Add(values);
            if (batch.Count == batchSize) await FlushAsync(table, batch, sql, transaction, ct);
        }
        await FlushAsync(table, batch, sql, transaction, ct);
        if (rows != table.Entry.Rows)
            throw new BackupException($"'{table.Entry.Name}' holds {rows} rows, not the {table.Entry.Rows} its manifest says: the archive is damaged. Nothing was imported.");
        return rows;
    }

    private static async Task FlushAsync(ArchiveTable table, List<object?[]> batch, ISqlGenerationHelper sql, DbTransaction transaction, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        var columns = table.Columns;
        var rows = new List<string>(batch.Count);
        for (var r = 0; r < batch.Count; r++)
        {
            var names = new string[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                names[c] = $"@p{r}_{c}";
                command.Parameters.Add(columns[c].Parameter(command, names[c], batch[r][c]));
            }
            rows.Add($"({string.Join(", ", names)})");
        }
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Table.Table.Name, table.Table.Table.Schema)} " +
                              $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES {string.Join(", ", rows)}";
        try { await command.ExecuteNonQueryAsync(ct); }
        catch (DbException e)
        {
            throw new BackupException($"The database refused a row of {table.Table.Name}: {e.Message} Nothing was imported.", e);
        }
        batch.Clear();
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> line, string entry)
    {
        try { return JsonDocument.Parse(line); }
        catch (JsonException e) { throw new BackupException($"A row of '{entry}' is not valid JSON: the archive is damaged. Nothing was imported.", e); }
    }
}
