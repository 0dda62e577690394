using System.Text;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>A plan spreadsheet built in a test: rows of cells by column name, written out as CSV.</summary>
internal sealed class PlanSpreadsheet
{
    public List<Dictionary<string, string>> Rows { get; } = [];

    /// <summary>The row a spreadsheet shows as row <paramref name="number"/> (the header is row 1).</summary>
    public Dictionary<string, string> Row(int number) => Rows[number - 2];

    public PlanSpreadsheet Add(string isg, string findingRef, string kind, string findingText, string rootCauseRef, string rootCauseText,
        string owner, string baselineDue, string status = "NotStarted", string forecastDue = "", string completedOn = "",
        string evidence = "", string domain = "", string coreService = "", string addedToPlan = "")
    {
        Rows.Add(new Dictionary<string, string>
        {
            ["isg"] = isg, ["finding_ref"] = findingRef, ["finding_kind"] = kind, ["finding_domain"] = domain,
            ["core_service"] = coreService, ["finding_text"] = findingText, ["root_cause_ref"] = rootCauseRef,
            ["root_cause_text"] = rootCauseText, ["owner_email"] = owner, ["baseline_due"] = baselineDue,
            ["forecast_due"] = forecastDue, ["status"] = status, ["completed_on"] = completedOn, ["evidence"] = evidence,
            ["added_to_plan"] = addedToPlan,
        });
        return this;
    }

    /// <summary>Every row of one root cause, for editing them together.</summary>
    public IEnumerable<Dictionary<string, string>> RowsOf(string rootCauseRef) => Rows.Where(r => r["root_cause_ref"] == rootCauseRef);

    /// <summary>Moves every owner to another email domain (e.g. "@a1b2.example.nhs.uk"), keeping their names.</summary>
    public PlanSpreadsheet WithOwnerDomain(string at)
    {
        foreach (var row in Rows) row["owner_email"] = row["owner_email"][..row["owner_email"].IndexOf('@')] + at;
        return this;
    }

    public PlanSpreadsheet Copy()
    {
        var copy = new PlanSpreadsheet();
        copy.Rows.AddRange(Rows.Select(r => new Dictionary<string, string>(r)));
        return copy;
    }

    public byte[] Csv()
    {
        var text = new StringBuilder(string.Join(",", PlanColumns.All)).Append("\r\n");
        foreach (var row in Rows) text.Append(string.Join(",", PlanColumns.All.Select(c => Quote(row.GetValueOrDefault(c, ""))))).Append("\r\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
