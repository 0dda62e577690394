using System.Data;
using System.IO.Compression;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// Writes one trust to a zip, streaming: each table's rows as JSON lines straight from a data reader, each stored
/// file straight from the file store, and last the manifest with every entry's size, rows and SHA-256. It reads in
/// one transaction, so the archive is one moment of the trust even while people keep working.
/// </summary>
public sealed class TrustExporter(QipDbContext db, IFileStore files, TimeProvider clock)
{
    public async Task<BackupManifest> ExportAsync(Guid trustId, string trustName, Stream output, CancellationToken ct)
    {
        var plan = BackupPlan.For(db.Model).EnsureComplete();
        var query = new BackupQuery(plan, db.GetService<ISqlGenerationHelper>(), trustId);
        await db.Database.OpenConnectionAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(
            db.Database.IsNpgsql() ? IsolationLevel.RepeatableRead : IsolationLevel.Serializable, ct);
        var connection = db.Database.GetDbConnection();

        var entries = new List<ManifestEntry>();
        var fileKeys = new List<string>();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var table in plan.Tables)
            {
                var columns = BackupColumn.Of(table);
                await using var command = query.Select(connection, table, columns);
                command.Transaction = transaction.GetDbTransaction();
                var keyColumns = columns.Select((c, i) => (c, i)).Where(x => x.c.Property is { } p && BackupFiles.IsKey(table.EntityType.ClrType, p.Name))
                    .Select(x => x.i).ToList();

                await using var entry = new HashingStream(await zip.CreateEntry(table.Entry, CompressionLevel.Optimal).OpenAsync(ct));
                await using var writer = new Utf8JsonWriter(entry);
                long rows = 0;
                await using (var reader = await command.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct))
                    {
                        writer.WriteStartObject();
                        for (var i = 0; i < columns.Count; i++)
                        {
                            writer.WritePropertyName(columns[i].Name);
                            if (table.Scope != BackupScope.Account || !BackupAccounts.WroteInstead(table, columns[i], reader.IsDBNull(i) ? null : columns[i].ModelValue(reader, i), trustId, writer))
                                columns[i].WriteNeutral(writer, reader, i);
                        }
                        writer.WriteEndObject();
                        await writer.FlushAsync(ct);
                        writer.Reset();
                        entry.WriteByte((byte)'\n');
                        rows++;
                        foreach (var i in keyColumns)
                            if (!reader.IsDBNull(i)) fileKeys.Add(reader.GetString(i));
                    }
                await entry.FlushAsync(ct);
                entries.Add(new ManifestEntry(table.Entry, entry.Count, entry.Sha256(), table.Name, rows, columns.Select(c => c.Name).ToList()));
            }

            var number = 0;
            foreach (var key in fileKeys.Distinct(StringComparer.Ordinal))
            {
                var name = $"files/{++number:D6}";
                await using var entry = new HashingStream(await zip.CreateEntry(name, CompressionLevel.Fastest).OpenAsync(ct));
                try
                {
                    await using var content = await files.OpenReadAsync(trustId, key, ct);
                    await content.CopyToAsync(entry, ct);
                }
                catch (FileNotFoundException e)
                {
                    throw new BackupException($"The stored file '{key}' that a row of the trust names is missing from the file store: " +
                                              "the archive would not restore the trust whole, so none was written.", e);
                }
                entries.Add(new ManifestEntry(name, entry.Count, entry.Sha256(), FileKey: key));
            }

            var manifest = new BackupManifest(BackupManifest.CurrentFormatVersion, AppVersion, db.Database.IsNpgsql() ? nameof(DatabaseProvider.Postgres) : nameof(DatabaseProvider.Sqlite),
                new ManifestTrust(trustId, trustName), clock.GetUtcNow(), entries);
            await using (var stream = await zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).OpenAsync(ct))
                await JsonSerializer.SerializeAsync(stream, manifest, BackupJson.Manifest, ct);
            await transaction.CommitAsync(ct);
            return manifest;
        }
    }

    public static string AppVersion { get; } =
        typeof(TrustExporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
