using System.Text;
using MiniExcelLibs;
using QipTracker.Infrastructure.Importing;

namespace QipTracker.Infrastructure.Tests.Importing;

/// <summary>Builds small plan files in memory: CSV text and real XLSX workbooks.</summary>
internal static class PlanFiles
{
    public static readonly DateOnly Today = new(2026, 11, 20);

    public const string Header =
        "isg,finding_ref,finding_kind,finding_domain,core_service,finding_text,root_cause_ref,root_cause_text,owner_email,baseline_due,forecast_due,status,completed_on,evidence";

    /// <summary>A valid row with every column; override columns by name.</summary>
    public static string Row(params (string Column, string Value)[] overrides)
    {
        var values = new Dictionary<string, string>
        {
            ["isg"] = "Unscheduled Care",
            ["finding_ref"] = "MD-1",
            ["finding_kind"] = "MustDo",
            ["finding_domain"] = "Safe",
            ["core_service"] = "Urgent & Emergency Care",
            ["finding_text"] = "The trust must ensure medicines are stored safely.",
            ["root_cause_ref"] = "RC-001",
            ["root_cause_text"] = "Fridge temperatures are not checked daily.",
            ["owner_email"] = "jane.smith@example.nhs.uk",
            ["baseline_due"] = "2026-12-31",
            ["forecast_due"] = "",
            ["status"] = "InProgress",
            ["completed_on"] = "",
            ["evidence"] = "",
        };
        foreach (var (column, value) in overrides) values[column] = value;
        return string.Join(",", Header.Split(',').Select(c => Quote(values[c])));
    }

    public static string Csv(params string[] lines) => string.Join("\r\n", lines) + "\r\n";

    public static PlanValidation ValidateCsv(string csv) =>
        PlanValidator.Validate(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "plan.csv", Today);

    public static PlanValidation ValidateXlsx(byte[] xlsx) =>
        PlanValidator.Validate(new MemoryStream(xlsx), "plan.xlsx", Today);

    /// <summary>A workbook whose first row is the header; values keep their type (a DateTime is a real date cell).</summary>
    public static byte[] Xlsx(IReadOnlyList<string> header, params object?[][] rows)
    {
        var sheet = rows.Select(r =>
        {
            var record = new Dictionary<string, object?>();
            for (var i = 0; i < header.Count; i++) record[header[i]] = i < r.Length ? r[i] : null;
            return record;
        }).ToList();
        var buffer = new MemoryStream();
        buffer.SaveAs(sheet, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
