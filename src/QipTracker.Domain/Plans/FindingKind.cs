namespace QipTracker.Domain.Plans;

public enum FindingKind { MustDo, ShouldDo, NoticeRequirement, WellLedRecommendation }

public static class FindingKindExtensions
{
    /// <summary>Breaches of regulation (Must Dos and notice requirements) rank as Must Do; the rest as Should Do.</summary>
    public static PriorityClass Priority(this FindingKind kind) =>
        kind is FindingKind.MustDo or FindingKind.NoticeRequirement ? PriorityClass.MustDo : PriorityClass.ShouldDo;
}
