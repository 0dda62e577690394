using Bogus;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;
using static QipTracker.Infrastructure.Demo.DemoCalendar;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Unpacks each finding into root causes (about 400 in all). Must Dos get 2–5 of their own; notice
/// requirements and some Should Dos are answered by a matching Must Do's root cause as well, or instead,
/// so some root causes answer two or three findings.
/// </summary>
internal static class DemoRootCauseDrafts
{
    private const int MaxFindingsPerRootCause = 3;

    public static IReadOnlyList<RootCauseDraft> Draft(IReadOnlyList<FindingDraft> findings, Randomizer random, DemoCalendar calendar)
    {
        var drafts = new List<RootCauseDraft>();
        var byFinding = new Dictionary<FindingDraft, List<RootCauseDraft>>();

        void Own(FindingDraft finding, int count)
        {
            // The finding's own causes first, then the theme's general ones.
            var causes = random.Shuffle(finding.Causes).Concat(random.Shuffle(ThemeBank.For(finding.Theme).Causes)).Take(count).ToList();
            foreach (var cause in causes)
            {
                var draft = new RootCauseDraft
                {
                    Reference = $"RC-{drafts.Count + 1:000}",
                    Primary = finding,
                    Description = Sentence(cause.Text, finding.Place),
                    Cause = cause,
                    Story = RootCauseStoryPlanner.Plan(BaselineDue(finding, random, calendar), random, calendar),
                };
                draft.Answers.Add(finding);
                drafts.Add(draft);
                (byFinding.TryGetValue(finding, out var list) ? list : byFinding[finding] = []).Add(draft);
            }
        }

        // A Must Do on the same theme in the same ISG (and service, where both have one) already covers it.
        bool AnswerWithMustDo(FindingDraft finding)
        {
            var candidates = byFinding
                .Where(kv => kv.Key.Kind == FindingKind.MustDo && kv.Key.Isg == finding.Isg && kv.Key.Theme == finding.Theme
                             && (finding.Service is null || kv.Key.Service is null || kv.Key.Service == finding.Service))
                .SelectMany(kv => kv.Value)
                .Where(d => d.Answers.Count < MaxFindingsPerRootCause)
                .ToList();
            if (candidates.Count == 0) return false;
            random.ListItem(candidates).Answers.Add(finding);
            return true;
        }

        foreach (var finding in findings.Where(f => f.Kind == FindingKind.MustDo))
            Own(finding, random.WeightedRandom([2, 3, 4, 5], [0.15f, 0.4f, 0.35f, 0.1f]));
        foreach (var finding in findings.Where(f => f.Kind == FindingKind.NoticeRequirement))
        {
            AnswerWithMustDo(finding);
            Own(finding, random.Int(1, 3));
        }
        foreach (var finding in findings.Where(f => f.Kind == FindingKind.ShouldDo))
        {
            var covered = random.Bool(0.3f) && AnswerWithMustDo(finding);
            Own(finding, covered ? random.Int(0, 1) : random.WeightedRandom([1, 2, 3], [0.25f, 0.5f, 0.25f]));
        }
        foreach (var finding in findings.Where(f => f.Kind == FindingKind.WellLedRecommendation))
        {
            if (random.Bool(0.4f)) AnswerWithMustDo(finding);
            Own(finding, random.Int(1, 2));
        }
        return drafts;
    }

    private static DateOnly BaselineDue(FindingDraft finding, Randomizer random, DemoCalendar calendar) =>
        WorkingDay(calendar.Days(finding switch
        {
            // Urgent and enforced work was planned first and is mostly done.
            { SafetyUrgent: true } or { Kind: FindingKind.NoticeRequirement } => random.Int(-150, -20),
            { Kind: FindingKind.MustDo, Isg: DemoTrustProfile.WellLed } => random.Int(-120, 210),
            { Kind: FindingKind.MustDo } => random.Int(-150, 180),
            { Isg: DemoTrustProfile.WellLed } => random.Int(-60, 270),
            _ => random.Int(-120, 270),
        }));

    private static string Sentence(string cause, string? place)
    {
        var text = cause.Replace("{place}", place ?? "the trust");
        return $"{char.ToUpperInvariant(text[0])}{text[1..]}.";
    }
}
