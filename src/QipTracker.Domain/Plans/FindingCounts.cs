namespace QipTracker.Domain.Plans;

/// <summary>
/// The findings the plan answers, and how they reconcile with what the inspection report set out. The
/// report's own findings are its Must Dos and Should Dos; the plan adds findings from other sources —
/// the requirements of enforcement notices (ranked Must Do, as breaches of regulation) and the
/// recommendations of the Well-led review (ranked Should Do) — so the plan's Must Do and Should Do
/// totals are larger than the report's. Separately, a Should Do finding is often answered through the root
/// causes of a linked Must Do finding (a root cause answering both counts as Must Do), which is why the
/// plan's root causes by priority do not follow the findings by kind.
/// </summary>
/// <param name="ReportMustDo">Findings of kind Must Do.</param>
/// <param name="ReportShouldDo">Findings of kind Should Do.</param>
/// <param name="NoticeRequirements">Requirements of enforcement notices (Section 29A, Section 31).</param>
/// <param name="WellLedRecommendations">Recommendations of the Well-led review.</param>
/// <param name="ShouldDoThroughMustDo">Should Do-ranked findings answered by at least one root cause that also answers a Must Do-ranked finding.</param>
public sealed record FindingCounts(int ReportMustDo, int ReportShouldDo, int NoticeRequirements, int WellLedRecommendations, int ShouldDoThroughMustDo)
{
    public static readonly FindingCounts None = new(0, 0, 0, 0, 0);

    /// <summary>Findings the plan ranks Must Do (<see cref="FindingKindExtensions.Priority"/>).</summary>
    public int MustDo => ReportMustDo + NoticeRequirements;

    /// <summary>Findings the plan ranks Should Do.</summary>
    public int ShouldDo => ReportShouldDo + WellLedRecommendations;

    public int Total => MustDo + ShouldDo;

    /// <summary>Whether the plan holds findings the report did not set out.</summary>
    public bool DiffersFromReport => NoticeRequirements + WellLedRecommendations > 0;

    /// <summary>From the number of findings of each kind (kinds not given count 0).</summary>
    public static FindingCounts From(IReadOnlyDictionary<FindingKind, int> byKind, int shouldDoThroughMustDo) => new(
        byKind.GetValueOrDefault(FindingKind.MustDo), byKind.GetValueOrDefault(FindingKind.ShouldDo),
        byKind.GetValueOrDefault(FindingKind.NoticeRequirement), byKind.GetValueOrDefault(FindingKind.WellLedRecommendation),
        shouldDoThroughMustDo);

    /// <summary>
    /// The plan's figures against the report's, in the sentences every page and paper uses, e.g.
    /// "The plan answers 173 findings: 67 Must Do (the report's 60 and 7 requirements of enforcement notices) and
    /// 106 Should Do (the report's 100 and 6 recommendations of the Well-led review)." Empty when there is nothing to explain.
    /// </summary>
    public IReadOnlyList<string> Reconciliation()
    {
        var lines = new List<string>();
        if (DiffersFromReport)
            lines.Add($"The plan answers {Total} findings: {MustDo} Must Do ({Parts(ReportMustDo, Plural(NoticeRequirements, "requirement", "requirements") + " of enforcement notices", NoticeRequirements)}) " +
                      $"and {ShouldDo} Should Do ({Parts(ReportShouldDo, Plural(WellLedRecommendations, "recommendation", "recommendations") + " of the Well-led review", WellLedRecommendations)}).");
        if (ShouldDoThroughMustDo > 0)
            lines.Add($"{Plural(ShouldDoThroughMustDo, "Should Do finding is", "Should Do findings are")} answered through the root causes of linked Must Do findings, " +
                      "which count as Must Do root causes.");
        return lines;
    }

    private static string Parts(int report, string others, int otherCount) =>
        otherCount == 0 ? $"all {report} from the report" : $"the report's {report} and {others}";

    private static string Plural(int n, string one, string many) => n == 1 ? $"1 {one}" : $"{n} {many}";
}
