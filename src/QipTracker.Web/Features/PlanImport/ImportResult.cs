namespace QipTracker.Web.Features.PlanImport;

/// <summary>What an import did (or, on a dry run, would do), by kind of record.</summary>
public sealed record ImportResult(bool DryRun, int Rows, ImportCounts Isgs, ImportCounts Findings, ImportCounts RootCauses,
    ImportCounts Links, ImportCounts Owners)
{
    public string Describe() =>
        $"{(DryRun ? "Dry run, nothing saved: " : "")}{Rows} rows. ISGs {Isgs}; findings {Findings}; root causes {RootCauses}; " +
        $"links {Links}; owners {Owners}.";
}

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
