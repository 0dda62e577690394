using System.Globalization;
using Bogus;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Demo.Text;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Composes the report's findings from the template banks: 60 Must Dos and 100 Should Dos spread over
/// core services and sites (plus trust-wide well-led ones), the notices' requirements, and the
/// recommendations of the independent well-led review. About 170 in all, as in a real plan.
/// </summary>
internal static class DemoFindingDrafts
{
    private const int MustDoServiceCount = 52, MustDoWellLedCount = 8;
    private const int ShouldDoServiceCount = 90, ShouldDoWellLedCount = 10;
    private const int WellLedRecommendationCount = 6;

    public static IReadOnlyList<FindingDraft> Draft(Randomizer random, DemoCalendar calendar)
    {
        var reportSource = $"CQC inspection report, published {Long(calendar.PublishedOn)}";
        var usedServiceTemplates = new HashSet<(int Template, string Service)>();
        // The two kinds share the well-led templates without overlap: 8 + 10 = 18.
        var wellLed = random.Shuffle(Enumerable.Range(0, WellLedTemplates.All.Count)).ToList();

        var mustDos = Enumerable.Range(0, MustDoServiceCount)
            .Select(_ => ServiceFinding(random, FindingKind.MustDo, reportSource, usedServiceTemplates))
            .Concat(wellLed.Take(MustDoWellLedCount).Select(i => WellLedFinding(FindingKind.MustDo, WellLedTemplates.All[i], reportSource)))
            .ToList();
        var shouldDos = Enumerable.Range(0, ShouldDoServiceCount)
            .Select(_ => ServiceFinding(random, FindingKind.ShouldDo, reportSource, usedServiceTemplates))
            .Concat(wellLed.Skip(MustDoWellLedCount).Take(ShouldDoWellLedCount).Select(i => WellLedFinding(FindingKind.ShouldDo, WellLedTemplates.All[i], reportSource)))
            .ToList();
        var reviewSource = $"Independent well-led review, {calendar.WellLedReviewOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";
        var recommendations = random.Shuffle(WellLedTemplates.All).Take(WellLedRecommendationCount)
            .Select(t => WellLedFinding(FindingKind.WellLedRecommendation, t, reviewSource)).ToList();

        // Reports list findings service by service, so references run in that order.
        var drafts = new List<FindingDraft>();
        drafts.AddRange(Numbered(InReportOrder(mustDos), "MD"));
        drafts.AddRange(Numbered(InReportOrder(shouldDos), "SD"));
        drafts.AddRange(NoticeRequirements.All.Select(n => Notice(n, calendar)));
        drafts.AddRange(Numbered(recommendations, "WL"));
        return drafts;
    }

    private static FindingDraft ServiceFinding(Randomizer random, FindingKind kind, string source, HashSet<(int, string)> used)
    {
        var service = random.WeightedRandom(CoreServices.All.ToArray(), CoreServices.All.Select(s => (float)s.Weight).ToArray());
        var candidates = Enumerable.Range(0, FindingTemplates.All.Count)
            .Where(i => FindingTemplates.All[i].Services.Contains(service.Name)).ToList();
        var index = random.ListItem(candidates);
        for (var tries = 0; tries < 10 && used.Contains((index, service.Name)); tries++) index = random.ListItem(candidates);
        used.Add((index, service.Name));
        var template = FindingTemplates.All[index];

        var places = template.Places is null ? service.Places : service.Places.Intersect(template.Places).ToArray();
        var place = places.Length == 0 ? service.Places[0] : random.ArrayElement(places);
        var site = random.ArrayElement(service.Sites);
        var verb = kind == FindingKind.MustDo ? "must" : "should";
        return new FindingDraft
        {
            Kind = kind,
            Text = $"The trust {verb} {template.Clause.Replace("{place}", $"{place} at {site}")}.",
            Theme = template.Theme,
            Causes = template.Causes,
            // Staffing and training are fixed trust-wide by the Workforce ISG, whichever service they were found in.
            Isg = template.Theme is Theme.Staffing or Theme.Training ? DemoTrustProfile.Workforce : service.Isg,
            Domain = template.Domain,
            Regulation = template.Regulation,
            Source = source,
            Service = service.Name,
            Site = site,
            Place = place,
            SafetyUrgent = kind == FindingKind.MustDo && template.SafetyCritical && random.Bool(0.5f),
        };
    }

    private static FindingDraft WellLedFinding(FindingKind kind, WellLedTemplate template, string source) => new()
    {
        Kind = kind,
        Text = $"The trust {(kind == FindingKind.MustDo ? "must" : "should")} {template.Clause}.",
        Theme = template.Theme,
        Causes = template.Causes,
        Isg = DemoTrustProfile.WellLed,
        Domain = CqcDomain.WellLed,
        Regulation = template.Regulation,
        Source = source,
        Kloe = template.Kloe,
        Prompt = template.Prompt,
        FromInspection = kind != FindingKind.WellLedRecommendation,
    };

    private static FindingDraft Notice(NoticeRequirement notice, DemoCalendar calendar) => new()
    {
        Kind = FindingKind.NoticeRequirement,
        Reference = notice.Reference,
        Text = notice.Text,
        Theme = notice.Theme,
        Causes = notice.Causes,
        Isg = notice.Isg,
        Domain = notice.Domain,
        Regulation = notice.Regulation,
        Source = notice.Notice == NoticeKind.Section31Conditions
            ? $"Section 31 notice of decision, {Long(calendar.Section31On)}"
            : $"Section 29A warning notice, {Long(calendar.Section29AOn)}",
        Service = notice.Service,
        Site = notice.Site,
        Place = notice.Place,
        SafetyUrgent = notice.SafetyUrgent,
        Kloe = notice.Kloe,
        Prompt = notice.Prompt,
    };

    private static IEnumerable<FindingDraft> InReportOrder(IEnumerable<FindingDraft> drafts) =>
        drafts.OrderBy(d => d.Service is null ? int.MaxValue : CoreServices.All.ToList().FindIndex(s => s.Name == d.Service));

    private static IEnumerable<FindingDraft> Numbered(IEnumerable<FindingDraft> drafts, string prefix)
    {
        var n = 0;
        foreach (var draft in drafts)
        {
            draft.Reference = $"{prefix}-{++n}";
            yield return draft;
        }
    }

    private static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
