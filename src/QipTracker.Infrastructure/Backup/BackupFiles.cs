using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Backup;

/// <summary>
/// The columns that name a file in the file store. Their files travel in the archive; a restore stores each one
/// again (the store makes its own keys) and writes the new key into the row.
/// </summary>
public static class BackupFiles
{
    public static IReadOnlySet<(Type Entity, string Property)> KeyColumns { get; } = new HashSet<(Type, string)>
    {
        (typeof(Evidence), nameof(Evidence.StorageKey)),
        (typeof(GeneratedPaper), nameof(GeneratedPaper.DocxKey)),
        (typeof(GeneratedPaper), nameof(GeneratedPaper.PdfKey)),
        (typeof(GeneratedPaper), nameof(GeneratedPaper.PptxKey)),
    };

    public static bool IsKey(Type entity, string property) => KeyColumns.Contains((entity, property));
}
