using System.Text;
using QipTracker.Infrastructure.Importing;
using static QipTracker.Infrastructure.Tests.Importing.PlanFiles;

namespace QipTracker.Infrastructure.Tests.Importing;

/// <summary>
/// Hostile and oversized plan files (issue 10): each is refused with one clear error naming the limit, having read no
/// more of the file than the limit needs. "No more than needed" is asserted as memory allocated, never as time.
/// </summary>
public sealed class ImportLimitsTests
{
    /// <summary>Validates on this thread and says how many bytes that allocated, so a test can show the file was not read through.</summary>
    private static (PlanValidation Result, long AllocatedMb) Measure(byte[] file, string name)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = PlanValidator.Validate(new MemoryStream(file), name, Today);
        return (result, (GC.GetAllocatedBytesForCurrentThread() - before) / (1024 * 1024));
    }

    [Fact]
    public void A_workbook_of_half_a_million_rows_is_refused_at_the_row_limit_without_reading_them_all()
    {
        var bomb = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            for (var n = 2; n <= 500_001; n++) HostileWorkbook.Row(sheet, n, ["Unscheduled Care"]);
        });

        var (result, allocatedMb) = Measure(bomb, "plan.xlsx");

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Row);
        Assert.StartsWith("The file has more than 10,000 rows below its header", error.Reason);
        Assert.Contains("a plan may have at most 10,000 (Import:MaxRows)", error.Reason);
        Assert.True(allocatedMb < 400, $"reading the refused file allocated {allocatedMb} MB");
    }

    [Fact]
    public void A_sheet_of_empty_rows_stops_at_the_row_limit()
    {
        // One cell far down the sheet: a reader that yields every row in between would make a million empty rows.
        var bomb = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            HostileWorkbook.Row(sheet, 1_048_576, ["Unscheduled Care"]);
        });

        var (result, allocatedMb) = Measure(bomb, "plan.xlsx");

        Assert.Contains("more than 10,000 rows below its header", Assert.Single(result.Errors).Reason);
        Assert.True(allocatedMb < 400, $"reading the refused file allocated {allocatedMb} MB");
    }

    [Fact]
    public void A_part_packed_far_tighter_than_a_real_workbook_is_refused_before_it_is_parsed()
    {
        var text = new string('a', 8 * 1024 * 1024);
        var bomb = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            HostileWorkbook.Row(sheet, 2, ["Unscheduled Care", "MD-1", "MustDo", "", "", text]);
        });

        var error = Assert.Single(PlanValidator.Validate(new MemoryStream(bomb), "plan.xlsx", Today).Errors);

        Assert.StartsWith("The workbook's part 'xl/worksheets/sheet1.xml' is packed ", error.Reason);
        Assert.Contains("at most 100 times is accepted (Import:MaxCompressionRatio)", error.Reason);
    }

    [Fact]
    public void A_workbook_that_unpacks_past_the_size_limit_is_refused()
    {
        var limits = new ImportLimits { MaxUncompressedBytes = 2 * 1024 * 1024, MaxCompressionRatio = 10_000 };
        var big = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            for (var n = 2; n < 1000; n++) HostileWorkbook.Row(sheet, n, ["Unscheduled Care", $"MD-{n}", "MustDo", "", "", new string('b', 4000)]);
        });

        var error = Assert.Single(PlanValidator.Validate(new MemoryStream(big), "plan.xlsx", Today, limits).Errors);

        Assert.Equal("The workbook unpacks to more than 2 MB (2,097,152 bytes) (Import:MaxUncompressedBytes); a plan is far smaller. Is it the right file?", error.Reason);
    }

    [Fact]
    public void A_workbook_that_lies_about_its_size_is_refused_while_it_unpacks()
    {
        var honest = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            for (var n = 2; n < 3000; n++) HostileWorkbook.Row(sheet, n, ["Unscheduled Care"]);
        });
        var lying = HostileWorkbook.DeclareSize(honest, "xl/worksheets/sheet1.xml", 1000);

        var error = Assert.Single(PlanValidator.Validate(new MemoryStream(lying), "plan.xlsx", Today).Errors);

        Assert.Null(error.Row);
        Assert.True(error.Reason is "The workbook's part 'xl/worksheets/sheet1.xml' unpacks to more than the 1,000 bytes it declares: the file is damaged or not a real workbook."
            or "The file is not a readable Excel workbook (.xlsx).", error.Reason);
    }

    [Fact]
    public void A_row_spanning_thousands_of_columns_is_refused_naming_the_column_limit()
    {
        var wide = HostileWorkbook.Build(sheet =>
        {
            HostileWorkbook.Header(sheet);
            HostileWorkbook.Row(sheet, 2, [.. Enumerable.Repeat("x", 5000)]);
        });

        var error = Assert.Single(PlanValidator.Validate(new MemoryStream(wide), "plan.xlsx", Today).Errors);

        Assert.StartsWith("The sheet is 5,000 columns wide (to column GJH); a plan may use at most 50 (Import:MaxColumns).", error.Reason);
    }

    [Fact]
    public void A_csv_with_more_rows_than_the_limit_is_refused_naming_the_limit()
    {
        var lines = new List<string> { Header };
        for (var n = 1; n <= 10_001; n++) lines.Add(Row(("root_cause_ref", $"RC-{n:00000}"), ("finding_ref", $"MD-{n}")));

        var error = Assert.Single(ValidateCsv(Csv([.. lines])).Errors);

        Assert.Null(error.Row);
        Assert.Contains("more than 10,000 rows below its header (row 10,002 is still part of the sheet); a plan may have at most 10,000 (Import:MaxRows)", error.Reason);
    }

    [Fact]
    public void A_csv_cell_longer_than_the_field_limit_is_refused_naming_its_row_and_column()
    {
        var error = Assert.Single(ValidateCsv(Csv(Header, Row(), Row(("root_cause_ref", "RC-002"), ("root_cause_text", new string('x', 30_000))))).Errors);

        Assert.Equal("Row 3, column H holds 30,000 characters; a cell may hold at most 20,000 (Import:MaxFieldLength).", error.Reason);
    }

    [Fact]
    public void Texts_are_held_to_the_same_named_limits_as_the_forms()
    {
        var errors = ValidateCsv(Csv(Header, Row(("finding_text", new string('x', 4001))))).Errors.Select(e => e.ToString());

        Assert.Equal(["row 2, finding_text: is 4001 characters long; at most 4000 fit"], errors);
    }

    [Fact]
    public void A_long_bad_value_is_quoted_back_short_so_the_error_list_stays_small()
    {
        var error = Assert.Single(ValidateCsv(Csv(Header, Row(("status", "Done" + new string('!', 15_000))))).Errors);

        Assert.Equal($"'Done{new string('!', 95)}…' is not NotStarted, InProgress, Completed, Assured or Embedded", error.Reason);
    }

    [Fact]
    public void Control_characters_in_a_cell_are_refused_naming_its_row_and_column()
    {
        var errors = ValidateCsv(Csv(Header, Row(), Row(("isg", "Unscheduled\0Care"), ("root_cause_ref", "RC-002"), ("root_cause_text", "Bad \u0007 bell")))).Errors
            .Select(e => e.ToString()).ToList();

        Assert.Equal(
        [
            "row 3, isg: holds the control character U+0000 at character 12; only tab, line feed and carriage return may be used.",
            "row 3, root_cause_text: holds the control character U+0007 at character 5; only tab, line feed and carriage return may be used.",
        ], errors);
    }

    [Fact]
    public void Dates_outside_the_plausible_window_are_refused_naming_their_row_and_column()
    {
        var errors = ValidateCsv(Csv(Header, Row(("baseline_due", "0001-01-01")), Row(("root_cause_ref", "RC-002"), ("baseline_due", "9999-12-31"))))
            .Errors.Select(e => e.ToString()).ToList();

        Assert.Equal(
        [
            "row 2, baseline_due: 0001-01-01 is outside the dates this app accepts (2000-01-01 to 2100-12-31).",
            "row 3, baseline_due: 9999-12-31 is outside the dates this app accepts (2000-01-01 to 2100-12-31).",
        ], errors);
    }
}
