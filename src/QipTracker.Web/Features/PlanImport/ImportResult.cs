namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// What an import will do (a preview) or did, the same for the page, the API and the command line: a headline
/// and summary in words, every record it creates or updates field by field (<see cref="Changes"/>), and the
/// counts. <see cref="PreviewKey"/> names exactly these changes to exactly this plan: applying with it imports
/// what was previewed, or nothing (<see cref="ImportOutcome.PreviewChanged"/>).
/// </summary>
public sealed record ImportResult(
    ImportOutcome Outcome,
    string PreviewKey,
    int Rows,
    string Headline,
    IReadOnlyList<string> Summary,
    IReadOnlyList<ImportChange> Changes,
    ImportCounts Isgs,
    ImportCounts Findings,
    ImportCounts RootCauses,
    ImportCounts Links,
    ImportCounts Owners,
    int FindingsNotInFile,
    int RootCausesNotInFile)
{
    /// <summary>True unless the import was saved.</summary>
    public bool DryRun => Outcome != ImportOutcome.Applied;

    /// <summary>The headline, the summary and one line per change, for a console or a log.</summary>
    public IEnumerable<string> Lines()
    {
        yield return Headline;
        foreach (var sentence in Summary) yield return "  " + sentence;
        foreach (var group in Changes.GroupBy(c => c.Action))
        {
            yield return group.Key == ImportAction.Update ? "Updates, field by field:" : "New records:";
            foreach (var change in group) yield return "  - " + change.Text;
        }
    }
}

public enum ImportOutcome
{
    /// <summary>Nothing was saved: this is what applying the file would do.</summary>
    Preview,

    /// <summary>The file was imported.</summary>
    Applied,

    /// <summary>The plan (or the file) is not what was previewed, so nothing was saved: this is the new preview.</summary>
    PreviewChanged,

    /// <summary>The file changes findings already in the plan and no preview of it was confirmed, so nothing was saved.</summary>
    NeedsConfirmation,

    /// <summary>Some rows cannot be applied (the errors say why), so nothing was saved: this is what the other rows would do.</summary>
    Refused,
}

public enum ImportAction { Update, Create }

/// <summary>
/// One record the import creates or updates: <see cref="Record"/> is "finding", "root cause", "ISG" or "person";
/// <see cref="Text"/> says it in one line ("Finding MD-17: text changed from '…' to '…'; ISG changed from Workforce to Surgery").
/// </summary>
public sealed record ImportChange(string Record, string Reference, ImportAction Action, IReadOnlyList<FieldChange> Fields, string Text);

/// <summary>One field's value before and after, in words (UK dates, "Must Do", "In progress"); null where there was or will be none.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

public sealed record ImportCounts(int Created, int Updated, int Unchanged)
{
    public override string ToString() => $"{Created} created, {Updated} updated, {Unchanged} unchanged";
}

/// <summary>Counts one kind of record as the import meets it: each record is counted once, by what happened to it.</summary>
internal sealed class ImportTally
{
    private readonly HashSet<Guid> _created = [];
    private readonly HashSet<Guid> _updated = [];
    private readonly HashSet<Guid> _seen = [];

    public void Created(Guid id) { _created.Add(id); _seen.Add(id); }

    public void Updated(Guid id) { if (!_created.Contains(id)) _updated.Add(id); _seen.Add(id); }

    public void Seen(Guid id) => _seen.Add(id);

    public ImportCounts Counts => new(_created.Count, _updated.Count, _seen.Count - _created.Count - _updated.Count);
}
