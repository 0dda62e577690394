using QipTracker.Domain.Plans;

namespace QipTracker.Infrastructure.Demo;

/// <summary>The ISGs with their chairs, executives and members, and the findings as entities.</summary>
internal static class DemoPlanFactory
{
    public static Dictionary<string, ImprovementSteeringGroup> Isgs(Guid trustId, DemoStaff staff)
    {
        var isgs = new Dictionary<string, ImprovementSteeringGroup>();
        foreach (var (name, cadence) in DemoTrustProfile.Isgs)
        {
            var isg = new ImprovementSteeringGroup(trustId, name, cadence);
            isg.Appoint(staff.ChairOf(name), staff.ExecutiveOf(name));
            isg.SetMembers(staff.MembersOf(name));
            isgs[name] = isg;
        }
        return isgs;
    }

    /// <param name="planStart">The day the demo plan began: its findings are in it from then.</param>
    public static Finding Finding(Guid trustId, FindingDraft draft, Guid isgId, Guid inspectionId, DateOnly planStart)
    {
        var finding = new Finding(trustId, draft.Reference, draft.Text, draft.Kind, isgId, draft.FromInspection ? inspectionId : null);
        finding.RecordAddedToPlan(planStart);
        finding.Describe(draft.Source, draft.Service, draft.Site, draft.Domain, draft.Regulation, draft.SafetyUrgent);
        finding.TagKloe(draft.Kloe, draft.Prompt);
        draft.Entity = finding;
        return finding;
    }
}
