using System.Security.Cryptography;
using System.Text;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Everything one import would write to one plan, in words, and the key that names it. The key is a hash of the
/// file and of every change listed (record, field, before, after), so it is the same for the same file against
/// the same plan, and differs as soon as either changes: an apply that brings its preview's key is refused
/// unless it would write exactly what was previewed.
/// </summary>
internal sealed class ImportPreview
{
    public required int Rows { get; init; }
    public required IReadOnlyList<ImportChange> Changes { get; init; }
    public required ImportCounts Isgs { get; init; }
    public required ImportCounts Findings { get; init; }
    public required ImportCounts RootCauses { get; init; }
    public required ImportCounts Links { get; init; }
    public required ImportCounts Owners { get; init; }
    public required int FindingsNotInFile { get; init; }
    public required int RootCausesNotInFile { get; init; }
    public required string Key { get; init; }

    /// <summary>Findings already in the plan that the import would change: written only once a preview of them is confirmed.</summary>
    public int ExistingFindingsChanged => Changes.Count(c => c is { Record: "finding", Action: ImportAction.Update });

    public static ImportPreview Build(Guid trustId, byte[] fileHash, int rows, IEnumerable<ImportChange> changes,
        ImportCounts isgs, ImportCounts findings, ImportCounts rootCauses, ImportCounts links, ImportCounts owners, int findingsNotInFile, int rootCausesNotInFile)
    {
        var ordered = changes
            .OrderBy(c => c.Action)
            .ThenBy(c => Array.IndexOf(RecordOrder, c.Record))
            .ThenBy(c => c.Reference, NaturalOrder.Instance)
            .ToList();
        return new ImportPreview
        {
            Rows = rows, Changes = ordered, Isgs = isgs, Findings = findings, RootCauses = rootCauses, Links = links, Owners = owners,
            FindingsNotInFile = findingsNotInFile, RootCausesNotInFile = rootCausesNotInFile,
            Key = KeyOf(trustId, fileHash, ordered, [isgs, findings, rootCauses, links, owners]),
        };
    }

    private static readonly string[] RecordOrder = ["finding", "root cause", "ISG", "person"];

    /// <summary>Whether a key sent back with an apply is this preview's (ignoring case and spaces around it).</summary>
    public bool IsConfirmedBy(string key) => string.Equals(key.Trim(), Key, StringComparison.OrdinalIgnoreCase);

    public ImportResult As(ImportOutcome outcome) => new(outcome, Key, Rows, ImportSentences.Headline(outcome, this), ImportSentences.Summary(outcome, this),
        Changes, Isgs, Findings, RootCauses, Links, Owners, FindingsNotInFile, RootCausesNotInFile);

    private static string KeyOf(Guid trustId, byte[] fileHash, IReadOnlyList<ImportChange> changes, ImportCounts[] counts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? text) => hash.AppendData(Encoding.UTF8.GetBytes((text ?? "\u0000") + "\u001f"));
        Add(trustId.ToString());
        hash.AppendData(fileHash);
        foreach (var count in counts) Add(count.ToString());
        foreach (var change in changes)
        {
            Add(change.Record);
            Add(change.Reference);
            Add(change.Action.ToString());
            foreach (var field in change.Fields)
            {
                Add(field.Field);
                Add(field.Before);
                Add(field.After);
            }
            Add("\u001e");
        }
        // 12 hex digits (48 bits): short enough to type on a command line, far too many for two previews to share by chance.
        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 6));
    }
}
