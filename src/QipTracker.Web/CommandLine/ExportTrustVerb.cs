using QipTracker.Infrastructure.Backup;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Writes everything of one trust — rows of every table that belongs to it, the accounts its members need, and its
/// stored files — to a versioned zip with a manifest of checksums. The archive appears whole or not at all.
/// </summary>
[Verb("export-trust", "Back up one trust (its rows, members' accounts and stored files) to a versioned zip with a manifest of checksums.",
    "export-trust --trust \"<trust name>\" --out trust.zip")]
public sealed class ExportTrustVerb(QipDbContext db, IFileStore files, TimeProvider clock) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var name = args.Required("trust").Trim();
        var path = ShellPath.Output(args.Required("out"));
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) throw new VerbUsageException($"--out must name a .zip file, not '{Path.GetFileName(path)}'.");
        var trust = await db.FindTrustByNameAsync(name, ct);
        if (trust is null)
        {
            await error.WriteLineAsync($"There is no trust named '{name}'.");
            return 1;
        }

        // Written beside the target and renamed at the end: a stopped or failed export leaves no half archive.
        var part = path + ".part";
        try
        {
            BackupManifest manifest;
            await using (var file = new FileStream(part, FileMode.Create, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                manifest = await new TrustExporter(db, files, clock).ExportAsync(trust.Id, trust.Name, file, ct);
            File.Move(part, path, overwrite: true);
            var tables = manifest.Entries.Where(e => e.Table is not null).ToList();
            await output.WriteLineAsync($"Exported '{trust.Name}' to {path}: {tables.Sum(e => e.Rows)} rows in {tables.Count} tables " +
                                        $"and {manifest.Entries.Count(e => e.FileKey is not null)} stored files.");
            return 0;
        }
        catch (BackupException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
        finally
        {
            File.Delete(part);
        }
    }
}
