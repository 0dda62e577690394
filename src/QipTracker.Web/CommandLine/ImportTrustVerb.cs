using QipTracker.Infrastructure.Backup;
using QipTracker.Infrastructure.Files;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Restores a trust from an export-trust archive into this database (either provider), keeping every id, in one
/// transaction. The archive is checked whole first — format, entries, checksums, size limits — and a trust or an
/// account that clashes with one here is refused; in every refusal nothing is written.
/// </summary>
[Verb("import-trust", "Restore a trust from an export-trust archive into this database, all or nothing, refusing damage and clashes.",
    "import-trust --file trust.zip")]
public sealed class ImportTrustVerb(QipDbContext db, IFileStore files, IConfiguration config, ImportLimits importLimits) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var path = ShellPath.Input(args.Required("file"));
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file '{path}'.");
            return 1;
        }
        var limits = BackupLimits.From(config, importLimits);
        try
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
            using var archive = await TrustArchive.OpenAsync(file, limits, ct);
            var summary = await new TrustImporter(db, files, limits).ImportAsync(archive, ct);
            await output.WriteLineAsync($"Imported '{summary.Trust.Name}' ({summary.Trust.Id}) from {path}: {summary.Tables.Sum(t => t.Rows)} rows " +
                                        $"in {summary.Tables.Count(t => t.Rows > 0)} tables and {summary.Files} stored files.");
            if (summary.AccountsAlreadyHere.Count > 0)
                await output.WriteLineAsync($"These accounts were already here and were kept as they are, with the trust's memberships added: " +
                                            string.Join(", ", summary.AccountsAlreadyHere) + ".");
            return 0;
        }
        catch (BackupException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }
}
