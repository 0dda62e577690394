namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// The findings and root causes an import creates or changes, found by comparing the plan before and after it
/// (so a priority re-derived for a root cause outside the file shows too), and the counts by what happened.
/// </summary>
internal sealed class PlanDiff
{
    /// <summary>Each finding created (Before is null) or changed.</summary>
    public List<(FindingFacts? Before, FindingFacts After)> Findings { get; } = [];

    /// <summary>Each root cause created (Before is null) or changed.</summary>
    public List<(RootCauseFacts? Before, RootCauseFacts After)> RootCauses { get; } = [];

    public ImportCounts FindingCounts { get; private init; } = new(0, 0, 0);
    public ImportCounts RootCauseCounts { get; private init; } = new(0, 0, 0);
    public int FindingsNotInFile { get; private init; }
    public int RootCausesNotInFile { get; private init; }

    /// <summary>The owners before and after of every root cause listed, for naming them.</summary>
    public IEnumerable<Guid> People => RootCauses.SelectMany(c => new[] { c.Before?.OwnerId, c.After.OwnerId }).OfType<Guid>().Distinct();

    public static PlanDiff Between(PlanSnapshot before, PlanSnapshot after, IReadOnlySet<Guid> inFile)
    {
        var findings = Compare(before.Findings, after.Findings, (a, b) => a == b);
        var rootCauses = Compare(before.RootCauses, after.RootCauses, Same);
        var diff = new PlanDiff
        {
            FindingCounts = Count(findings, before.Findings.Keys, inFile),
            RootCauseCounts = Count(rootCauses, before.RootCauses.Keys, inFile),
            FindingsNotInFile = before.Findings.Keys.Count(id => !inFile.Contains(id) && !findings.Changed.Contains(id)),
            RootCausesNotInFile = before.RootCauses.Keys.Count(id => !inFile.Contains(id) && !rootCauses.Changed.Contains(id)),
        };
        diff.Findings.AddRange(findings.Pairs);
        diff.RootCauses.AddRange(rootCauses.Pairs);
        return diff;
    }

    private static (List<(T? Before, T After)> Pairs, HashSet<Guid> Changed) Compare<T>(Dictionary<Guid, T> before, Dictionary<Guid, T> after, Func<T, T, bool> same)
        where T : class
    {
        var pairs = new List<(T?, T)>();
        var changed = new HashSet<Guid>();
        foreach (var (id, now) in after)
        {
            var was = before.GetValueOrDefault(id);
            if (was is not null && same(was, now)) continue;
            pairs.Add((was, now));
            changed.Add(id);
        }
        return (pairs, changed);
    }

    private static ImportCounts Count<T>((List<(T? Before, T After)> Pairs, HashSet<Guid> Changed) diff, IEnumerable<Guid> existing, IReadOnlySet<Guid> inFile)
        where T : class
    {
        var created = diff.Pairs.Count(p => p.Before is null);
        var updated = diff.Pairs.Count - created;
        var unchanged = existing.Count(id => inFile.Contains(id) && !diff.Changed.Contains(id));
        return new ImportCounts(created, updated, unchanged);
    }

    private static bool Same(RootCauseFacts a, RootCauseFacts b) =>
        a with { Findings = b.Findings, Evidence = b.Evidence } == b && a.Findings.SetEquals(b.Findings) && a.Evidence.SetEquals(b.Evidence);
}
