using System.Globalization;
using QipTracker.Domain.Plans;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>
/// A plan of a real trust's size: 170 findings (100 Must Do) in five ISGs, unpacked into 400 root
/// causes owned by 60 people; every 10th root cause answers a second finding and every 25th a
/// third, and statuses run from NotStarted to Embedded. It knows what an import must produce.
/// </summary>
internal sealed class GeneratedPlan
{
    public static readonly string[] Isgs = ["Unscheduled Care", "Scheduled Care", "Women's & Children's", "Workforce", "Well-led"];

    public PlanSpreadsheet Sheet { get; } = new();
    public Dictionary<string, PriorityClass> Priorities { get; } = [];
    public Dictionary<RootCauseStatus, int> Statuses { get; } = [];
    public int Findings { get; }
    public int RootCauses { get; }
    public int Links => Sheet.Rows.Count;
    public int Owners { get; } = 60;
    /// <summary>New in every plan, so that its owners are new people even in a shared database.</summary>
    public string OwnerDomain { get; } = $"@gen{Guid.NewGuid():N}"[..12] + ".example.nhs.uk";

    public GeneratedPlan(int findings = 170, int rootCauses = 400)
    {
        Findings = findings;
        RootCauses = rootCauses;
        for (var j = 1; j <= rootCauses; j++)
        {
            var first = (j - 1) % findings + 1;
            // Extra findings stay in the root cause's ISG: the ISG is the finding number modulo 5.
            var answered = new List<int> { first };
            if (j % 10 == 0 && SameIsg(first, 5, findings) is { } second) answered.Add(second);
            if (j % 25 == 0 && SameIsg(first, 10, findings) is { } third) answered.Add(third);
            var status = j % 13 == 0 ? RootCauseStatus.Embedded : j % 11 == 0 ? RootCauseStatus.Assured
                : j % 7 == 0 ? RootCauseStatus.Completed : j % 3 == 0 ? RootCauseStatus.InProgress : RootCauseStatus.NotStarted;
            var baseline = new DateOnly(2026, 12, 1).AddDays(j % 90);
            var delivered = status.IsDelivered();
            foreach (var f in answered)
                Sheet.Add(
                    isg: Isgs[(f - 1) % 5],
                    findingRef: FindingRef(f),
                    kind: IsMustDo(f) ? (f % 2 == 0 ? "Must Do" : "MustDo") : "ShouldDo",
                    findingText: $"The trust {(IsMustDo(f) ? "must" : "should")} fix problem {f}, found on the wards.",
                    rootCauseRef: $"RC-{j:0000}",
                    rootCauseText: $"Root cause {j}: the process behind problem {first} is not followed.",
                    owner: $"owner.{j % Owners:00}{OwnerDomain}",
                    baselineDue: j % 2 == 0 ? baseline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : baseline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                    status: status.ToString(),
                    forecastDue: status == RootCauseStatus.InProgress ? baseline.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                    completedOn: delivered ? new DateOnly(2026, 10, j % 28 + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "",
                    evidence: !delivered ? "" : j % 2 == 0 ? $"Audit of RC-{j:0000}: compliance 95% for 8 weeks" : $"https://intranet.example.nhs.uk/evidence/RC-{j:0000}",
                    domain: ((CqcDomain)(f % 5)).ToString(),
                    coreService: f % 3 == 0 ? "Medicine" : "");
            Priorities[$"RC-{j:0000}"] = answered.Any(IsMustDo) ? PriorityClass.MustDo : PriorityClass.ShouldDo;
            Statuses[status] = Statuses.GetValueOrDefault(status) + 1;
        }
    }

    // Another finding of the same ISG (same number modulo 5), if the plan has one that far away.
    private static int? SameIsg(int f, int step, int findings) =>
        f + step <= findings ? f + step : f - step >= 1 ? f - step : null;

    public static string FindingRef(int f) => IsMustDo(f) ? $"MD-{f:000}" : $"SD-{f:000}";

    private static bool IsMustDo(int f) => f <= 100;
}
