using System.Text;
using MiniExcelLibs;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Importing;
using static QipTracker.Infrastructure.Tests.Importing.PlanFiles;

namespace QipTracker.Infrastructure.Tests.Importing;

public sealed class PlanFileWriterTests
{
    private static readonly PlanRow[] Rows =
    [
        new(0, "Unscheduled Care", "MD-1", FindingKind.MustDo, CqcDomain.WellLed, "Urgent & Emergency Care",
            "=HYPERLINK(\"http://evil.example\",\"Click\")", "RC-001", "+cmd|' /C calc'!A0", "jane.smith@example.nhs.uk",
            new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 15), RootCauseStatus.InProgress, null, "@SUM(1+1)", "W4", "W4.2"),
        new(0, "Workforce", "SD-2", FindingKind.ShouldDo, null, null, "-2 wards short, \"quoted\",\nacross two lines", "RC-002",
            "\tTabbed cause", "a.b@example.org", new DateOnly(2027, 3, 1), null, RootCauseStatus.Completed,
            new DateOnly(2026, 10, 1), "https://intranet.example.nhs.uk/evidence?id=7"),
    ];

    [Theory]
    [InlineData(PlanFileFormat.Csv)]
    [InlineData(PlanFileFormat.Xlsx)]
    public void Cells_that_a_spreadsheet_would_run_as_a_formula_are_prefixed_with_a_quote(PlanFileFormat format)
    {
        var cells = Cells(PlanFileWriter.Write(Rows, format), format);

        Assert.Equal(PlanColumns.All, cells[0]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"Click\")", cells[1][5]);
        Assert.Equal("'+cmd|' /C calc'!A0", cells[1][7]);
        Assert.Equal("'@SUM(1+1)", cells[1][13]);
        Assert.Equal("'-2 wards short, \"quoted\",\nacross two lines", cells[2][5]);
        Assert.Equal("'\tTabbed cause", cells[2][7]);
        Assert.Equal(["2026-12-31", "2027-01-15", "InProgress"], cells[1][9..12]);
        Assert.Equal("WellLed", cells[1][3]);
    }

    [Theory]
    [InlineData(PlanFileFormat.Csv)]
    [InlineData(PlanFileFormat.Xlsx)]
    public void An_export_imports_back_to_the_same_rows(PlanFileFormat format)
    {
        var bytes = PlanFileWriter.Write(Rows, format);

        var result = PlanValidator.Validate(new MemoryStream(bytes), "plan" + format.Extension(), Today);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var expected = Rows.Select((r, i) => r with { Number = i + 2, RootCauseText = r.RootCauseText.Trim() });
        Assert.Equal(expected, result.Rows);
    }

    [Fact]
    public void An_empty_plan_exports_its_header()
    {
        var csv = Encoding.UTF8.GetString(PlanFileWriter.Write([], PlanFileFormat.Csv)).TrimStart('\uFEFF');
        Assert.Equal(string.Join(",", PlanColumns.All) + "\r\n", csv);
        Assert.Equal(PlanColumns.All, Cells(PlanFileWriter.Write([], PlanFileFormat.Xlsx), PlanFileFormat.Xlsx)[0]);
    }

    [Fact]
    public void A_quote_typed_by_a_person_before_ordinary_text_is_kept() =>
        Assert.Equal("'tis done", FormulaGuard.Restore("'tis done"));

    private static List<string[]> Cells(byte[] file, PlanFileFormat format)
    {
        if (format == PlanFileFormat.Xlsx)
            return new MemoryStream(file).Query(useHeaderRow: false).Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();
        using var reader = CsvHelper.CsvReader.Create(file, CsvHelper.CsvReaderOptions.Default with { HasHeader = false, Separator = ',' });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }
}
