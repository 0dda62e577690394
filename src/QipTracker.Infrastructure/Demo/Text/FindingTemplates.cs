namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>The whole bank of service-level findings, written the way CQC writes its Must Dos and Should Dos.</summary>
internal static class FindingTemplates
{
    public static readonly IReadOnlyList<FindingTemplate> All =
        [.. SafetyFindingTemplates.All, .. GovernanceFindingTemplates.All, .. CareFindingTemplates.All];
}
