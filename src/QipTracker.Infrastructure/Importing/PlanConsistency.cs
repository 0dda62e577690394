using QipTracker.Domain.Common;
using static QipTracker.Infrastructure.Importing.PlanColumns;

namespace QipTracker.Infrastructure.Importing;

/// <summary>
/// Checks that rows agree with each other: a finding, or a root cause, that appears on several
/// rows must say the same on each. The first row of a reference sets what it is; every later
/// row that says otherwise is reported, naming that first row. References match ignoring case.
/// </summary>
internal static class PlanConsistency
{
    private static readonly StringComparer Ref = StringComparer.OrdinalIgnoreCase;

    public static void Check(IReadOnlyList<PlanRow> rows, List<PlanImportError> errors)
    {
        var findings = new Dictionary<string, PlanRow>(Ref);
        var rootCauses = new Dictionary<string, PlanRow>(Ref);
        var pairs = new Dictionary<(string, string), int>();
        foreach (var row in rows)
        {
            void Error(string column, string reason) => errors.Add(PlanImportError.At(row.Number, column, reason));

            if (findings.TryGetValue(row.FindingRef, out var f))
            {
                var what = $"finding {f.FindingRef}";
                if (!Ref.Equals(f.Isg, row.Isg)) Error(Isg, $"{what} is in ISG '{f.Isg}' on row {f.Number}; a finding belongs to one ISG");
                if (f.FindingKind != row.FindingKind) Error(FindingKind, $"{what} is {f.FindingKind} on row {f.Number}");
                if (f.FindingDomain != row.FindingDomain) Error(FindingDomain, $"{what} has domain '{f.FindingDomain}' on row {f.Number}");
                if (!Ref.Equals(f.CoreService ?? "", row.CoreService ?? "")) Error(CoreService, $"{what} has core service '{f.CoreService}' on row {f.Number}");
                if (f.FindingText != row.FindingText) Error(FindingText, $"{what} has a different text on row {f.Number}");
                if (f.KloeCode != row.KloeCode) Error(Kloe, $"{what} is tagged to KLOE '{f.KloeCode}' on row {f.Number}");
                if (f.PromptCode != row.PromptCode) Error(KloePrompt, $"{what} is tagged to prompt '{f.PromptCode}' on row {f.Number}");
            }
            else findings[row.FindingRef] = row;

            if (rootCauses.TryGetValue(row.RootCauseRef, out var r))
            {
                var what = $"root cause {r.RootCauseRef}";
                if (!Ref.Equals(r.Isg, row.Isg)) Error(Isg, $"{what} is in ISG '{r.Isg}' on row {r.Number}; a root cause belongs to the ISG of its first row");
                if (r.RootCauseText != row.RootCauseText) Error(RootCauseText, $"{what} has a different text on row {r.Number}");
                if (!Ref.Equals(r.OwnerEmail, row.OwnerEmail)) Error(OwnerEmail, $"{what} is owned by {r.OwnerEmail} on row {r.Number}");
                if (r.BaselineDue != row.BaselineDue) Error(BaselineDue, $"{what} is due {PlanCells.Date(r.BaselineDue)} on row {r.Number}");
                if (r.Forecast != row.Forecast) Error(ForecastDue, $"{what} is forecast for {PlanCells.Date(r.Forecast)} on row {r.Number}");
                if (r.Status != row.Status) Error(Status, $"{what} is {Words.For(r.Status)} on row {r.Number}");
                if (r.CompletedOn != row.CompletedOn) Error(CompletedOn, $"{what} was completed on '{PlanCells.Date(r.CompletedOn)}' on row {r.Number}");
                if (r.Evidence != row.Evidence) Error(Evidence, $"{what} has different evidence on row {r.Number}");
                if (r.AddedToPlanOn != row.AddedToPlanOn) Error(AddedToPlan, $"{what} entered the plan on '{PlanCells.Date(r.AddedToPlanOn)}' on row {r.Number}");
            }
            else rootCauses[row.RootCauseRef] = row;

            var pair = (row.FindingRef.ToUpperInvariant(), row.RootCauseRef.ToUpperInvariant());
            if (!pairs.TryAdd(pair, row.Number))
                Error(RootCauseRef, $"root cause {row.RootCauseRef} is already linked to finding {row.FindingRef} on row {pairs[pair]}");
        }
    }
}
