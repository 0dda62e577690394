using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using C = QipTracker.Infrastructure.Importing.PlanColumns;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Applies validated rows to the trust's plan, upserting by reference: ISGs by name, findings by
/// reference, owners by email, root causes by reference, then the links between findings and
/// root causes. Problems that only the database reveals become row errors like the file's own.
/// </summary>
internal sealed class PlanImporter(QipDbContext db, ExistingPlan plan, ImportContext context, PlanOwners owners)
{
    private readonly ImportTally _isgs = new();
    private readonly ImportTally _findings = new();
    private int _linksCreated;
    private int _linksUnchanged;
    private readonly HashSet<Guid> _reclassified = [];

    public List<PlanImportError> Errors { get; } = [];

    public ImportResult Apply(IReadOnlyList<PlanRow> rows, bool dryRun)
    {
        var rootCauses = new RootCauseImport(db, context, Errors);
        foreach (var row in rows.DistinctBy(r => r.FindingRef, StringComparer.OrdinalIgnoreCase))
            Finding(row);
        foreach (var group in rows.GroupBy(r => r.RootCauseRef, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            var ownerId = owners.Resolve(first.OwnerEmail);
            var isgId = Isg(first.Isg).Id;
            var rootCause = plan.RootCauses.TryGetValue(first.RootCauseRef, out var existing)
                ? Update(rootCauses, existing, first, ownerId, isgId)
                : plan.RootCauses[first.RootCauseRef] = rootCauses.Create(first, ownerId, isgId);
            foreach (var row in group) Link(rootCause, plan.Findings[row.FindingRef], rootCauses.Tally);
        }
        RecomputePriorities(rows, rootCauses.Tally);
        return new ImportResult(dryRun, rows.Count, _isgs.Counts, _findings.Counts, rootCauses.Tally.Counts, new ImportCounts(_linksCreated, 0, _linksUnchanged), owners.Tally.Counts);
    }

    private static RootCause Update(RootCauseImport rootCauses, RootCause existing, PlanRow row, Guid ownerId, Guid isgId)
    {
        rootCauses.Update(existing, row, ownerId, isgId);
        return existing;
    }

    private ImprovementSteeringGroup Isg(string name)
    {
        if (plan.Isgs.TryGetValue(name, out var isg))
        {
            _isgs.Seen(isg.Id);
            return isg;
        }
        isg = new ImprovementSteeringGroup(context.TrustId, name, ReportingCadence.Fortnightly);
        db.Isgs.Add(isg);
        plan.Isgs[name] = isg;
        _isgs.Created(isg.Id);
        return isg;
    }

    private void Finding(PlanRow row)
    {
        var isgId = Isg(row.Isg).Id;
        if (!plan.Findings.TryGetValue(row.FindingRef, out var finding))
        {
            finding = new Finding(context.TrustId, row.FindingRef, row.FindingText, row.FindingKind, isgId);
            finding.Describe(null, row.CoreService, null, row.FindingDomain, null, safetyUrgent: false);
            db.Findings.Add(finding);
            plan.Add(finding);
            _findings.Created(finding.Id);
            return;
        }
        _findings.Seen(finding.Id);
        try
        {
            if (finding.Text != row.FindingText) Changed(finding, () => finding.Reword(finding.Reference, row.FindingText));
            if (finding.Kind != row.FindingKind) Changed(finding, () => { finding.Reclassify(row.FindingKind); _reclassified.Add(finding.Id); });
            if (finding.IsgId != isgId) Changed(finding, () => finding.AssignTo(isgId));
            // A blank domain or core service leaves the register's value alone: a file without those columns clears nothing.
            var domain = row.FindingDomain ?? finding.Domain;
            var coreService = row.CoreService ?? finding.CoreService;
            if (domain != finding.Domain || coreService != finding.CoreService)
                Changed(finding, () => finding.Describe(finding.Source, coreService, finding.Site, domain, finding.Regulation, finding.SafetyUrgent));
        }
        catch (DomainException e)
        {
            Errors.Add(PlanImportError.At(row.Number, C.FindingRef, $"finding {finding.Reference}: {e.Message}"));
        }
    }

    private void Changed(Finding finding, Action change)
    {
        change();
        _findings.Updated(finding.Id);
    }

    private void Link(RootCause rootCause, Finding finding, ImportTally rootCauseTally)
    {
        // The file names each (finding, root cause) pair once (the validator sees to it), so counting is enough.
        if (rootCause.Findings.Any(l => l.FindingId == finding.Id))
        {
            _linksUnchanged++;
            return;
        }
        rootCause.Answer(finding); // raises the priority class to Must Do for a Must Do finding
        _linksCreated++;
        rootCauseTally.Updated(rootCause.Id);
    }

    /// <summary>
    /// A reclassified finding changes the priority of every root cause that answers it, in the file or
    /// not; the file's root causes are recomputed too, from all their findings.
    /// </summary>
    private void RecomputePriorities(IReadOnlyList<PlanRow> rows, ImportTally rootCauseTally)
    {
        var inFile = rows.Select(r => r.RootCauseRef).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rootCause in plan.RootCauses.Values.Where(r => inFile.Contains(r.Reference) || r.Findings.Any(l => _reclassified.Contains(l.FindingId))))
        {
            var before = rootCause.Priority;
            rootCause.RecomputePriority(rootCause.Findings.Select(l => plan.FindingsById[l.FindingId].Kind));
            if (rootCause.Priority != before) rootCauseTally.Updated(rootCause.Id);
        }
    }
}
