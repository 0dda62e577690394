using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using C = QipTracker.Infrastructure.Importing.PlanColumns;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Applies validated rows to the trust's plan in memory, upserting by reference: ISGs by name, findings by
/// reference, owners by email, root causes by reference, then the links between findings and root causes.
/// A reference already in the plan names that record: its row updates it (see <see cref="Finding.Revise"/>).
/// Problems that only the database reveals become row errors like the file's own. Nothing is saved here:
/// the caller compares the plan before and after (the preview) and decides whether to save.
/// </summary>
internal sealed class PlanImporter(QipDbContext db, ExistingPlan plan, ImportContext context, PlanOwners owners)
{
    private readonly ImportTally _isgs = new();
    private int _linksCreated;
    private int _linksUnchanged;
    private readonly HashSet<Guid> _reclassified = [];

    public List<PlanImportError> Errors { get; } = [];

    /// <summary>The ISGs the file brings into the plan, by name.</summary>
    public List<ImprovementSteeringGroup> NewIsgs { get; } = [];

    /// <summary>The findings and root causes the file names, as records of the plan.</summary>
    public HashSet<Guid> InFile { get; } = [];

    public ImportCounts Isgs => _isgs.Counts;

    public ImportCounts Links => new(_linksCreated, 0, _linksUnchanged);

    public void Apply(IReadOnlyList<PlanRow> rows)
    {
        var rootCauses = new RootCauseImport(db, context, Errors);
        foreach (var row in rows.DistinctBy(r => r.FindingRef, StringComparer.OrdinalIgnoreCase))
            Finding(row);
        foreach (var group in rows.GroupBy(r => r.RootCauseRef, StringComparer.OrdinalIgnoreCase))
        {
            var first = group.First();
            var ownerId = owners.Resolve(first.OwnerEmail);
            var isgId = Isg(first.Isg).Id;
            RootCause rootCause;
            var refused = false;
            if (plan.RootCauses.TryGetValue(first.RootCauseRef, out var existing))
                refused = !rootCauses.Update(rootCause = existing, first, ownerId, isgId);
            else
                rootCause = plan.RootCauses[first.RootCauseRef] = rootCauses.Create(first, ownerId, isgId);
            InFile.Add(rootCause.Id);
            // A refused root cause is left as it is, links included, so that the preview of the other rows shows nothing of it.
            if (refused) continue;
            foreach (var row in group) Link(rootCause, plan.Findings[row.FindingRef]);
        }
        RecomputePriorities(rows);
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
        NewIsgs.Add(isg);
        return isg;
    }

    private void Finding(PlanRow row)
    {
        var isgId = Isg(row.Isg).Id;
        if (!plan.Findings.TryGetValue(row.FindingRef, out var finding))
        {
            finding = new Finding(context.TrustId, row.FindingRef, row.FindingText, row.FindingKind, isgId);
            finding.Describe(null, row.CoreService, null, row.FindingDomain, null, safetyUrgent: false);
            finding.TagKloe(row.KloeCode, row.PromptCode);
            if (row.AddedToPlanOn is { } on) finding.RecordAddedToPlan(on);
            db.Findings.Add(finding);
            plan.Add(finding);
            InFile.Add(finding.Id);
            return;
        }
        InFile.Add(finding.Id);
        // A finding new in this file entered the plan with the first of its root causes.
        if (row.AddedToPlanOn is { } earlier && db.Entry(finding).State == EntityState.Added
            && (finding.AddedToPlanOn == default || earlier < finding.AddedToPlanOn))
            finding.RecordAddedToPlan(earlier);
        var kind = finding.Kind;
        try
        {
            // A blank domain or core service leaves the register's value alone: a file without those columns clears nothing.
            finding.Revise(row.FindingText, row.FindingKind, isgId, row.FindingDomain ?? finding.Domain, row.CoreService ?? finding.CoreService,
                row.KloeCode, row.PromptCode);
            if (finding.Kind != kind) _reclassified.Add(finding.Id);
        }
        catch (DomainException e)
        {
            Errors.Add(PlanImportError.At(row.Number, C.FindingRef, $"finding {finding.Reference}: {e.Message}"));
        }
    }

    private void Link(RootCause rootCause, Finding finding)
    {
        // The file names each (finding, root cause) pair once (the validator sees to it), so counting is enough.
        if (rootCause.Findings.Any(l => l.FindingId == finding.Id))
        {
            _linksUnchanged++;
            return;
        }
        rootCause.Answer(finding); // raises the priority class to Must Do for a Must Do finding
        _linksCreated++;
    }

    /// <summary>
    /// A reclassified finding changes the priority of every root cause that answers it, in the file or
    /// not; the file's root causes are recomputed too, from all their findings.
    /// </summary>
    private void RecomputePriorities(IReadOnlyList<PlanRow> rows)
    {
        var inFile = rows.Select(r => r.RootCauseRef).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rootCause in plan.RootCauses.Values.Where(r => inFile.Contains(r.Reference) || r.Findings.Any(l => _reclassified.Contains(l.FindingId))))
            rootCause.RecomputePriority(rootCause.Findings.Select(l => plan.FindingsById[l.FindingId].Kind));
    }
}
