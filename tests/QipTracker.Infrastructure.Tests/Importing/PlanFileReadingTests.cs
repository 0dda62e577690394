using System.Text;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Importing;
using static QipTracker.Infrastructure.Tests.Importing.PlanFiles;

namespace QipTracker.Infrastructure.Tests.Importing;

public sealed class PlanFileReadingTests
{
    [Fact]
    public void A_valid_csv_becomes_typed_rows_with_the_friendly_spellings_understood()
    {
        var result = ValidateCsv(Csv(Header,
            Row(("finding_kind", "Must Do"), ("finding_domain", "Well-led"), ("status", "In Progress"), ("baseline_due", "31/12/2026"), ("forecast_due", "2027-01-15")),
            Row(("finding_ref", "SD-2"), ("finding_kind", "should do"), ("finding_domain", ""), ("core_service", ""), ("root_cause_ref", "RC-002"),
                ("status", "not started"), ("baseline_due", "5/1/2027"))));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var first = result.Rows[0];
        Assert.Equal((2, FindingKind.MustDo, CqcDomain.WellLed, RootCauseStatus.InProgress), (first.Number, first.FindingKind, first.FindingDomain!.Value, first.Status));
        Assert.Equal(new DateOnly(2026, 12, 31), first.BaselineDue);
        Assert.Equal(new DateOnly(2027, 1, 15), first.Forecast);
        var second = result.Rows[1];
        Assert.Equal((FindingKind.ShouldDo, (CqcDomain?)null, RootCauseStatus.NotStarted), (second.FindingKind, second.FindingDomain, second.Status));
        Assert.Equal(new DateOnly(2027, 1, 5), second.BaselineDue);
        Assert.Equal(second.BaselineDue, second.Forecast); // no forecast: it follows the baseline
        Assert.Null(second.CoreService);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_left_out()
    {
        var result = ValidateCsv(Csv(
            "root_cause_ref,owner_email,baseline_due,isg,finding_text,finding_ref,finding_kind,root_cause_text",
            "RC-9,a.b@example.org,2026-12-01,Workforce,Staff must complete training.,MD-9,MustDo,Training records are on paper."));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(("RC-9", "Workforce", RootCauseStatus.NotStarted), (result.Rows[0].RootCauseRef, result.Rows[0].Isg, result.Rows[0].Status));
    }

    [Fact]
    public void Csv_row_numbers_are_the_ones_a_spreadsheet_shows_blank_lines_and_multi_line_text_included()
    {
        var csv = Csv(Header,
            Row(),
            "",
            Row(("root_cause_ref", "RC-002"), ("root_cause_text", "Two\nlines of text")),
            Row(("root_cause_ref", "RC-003"), ("finding_kind", "Must")));

        var result = ValidateCsv(csv);

        var error = Assert.Single(result.Errors);
        Assert.Equal("row 5, finding_kind: 'Must' is not MustDo or ShouldDo", error.ToString());
    }

    [Fact]
    public void Xlsx_rows_are_read_like_csv_and_a_real_date_cell_is_a_date()
    {
        var header = new[] { "isg", "finding_ref", "finding_kind", "finding_text", "root_cause_ref", "root_cause_text", "owner_email", "baseline_due", "status" };
        var xlsx = Xlsx(header,
            ["Scheduled Care", "MD-4", "Must Do", "Theatre lists must be safe.", "RC-10", "No WHO checklist audit.", "x.y@example.org", new DateTime(2027, 2, 28), "Not Started"],
            ["Scheduled Care", "MD-4", "Must Do", "Theatre lists must be safe.", "RC-11", "Rota gaps.", "x.y@example.org", "01/03/2027", "InProgress"]);

        var result = ValidateXlsx(xlsx);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal([new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 1)], result.Rows.Select(r => r.BaselineDue));
        Assert.Equal([2, 3], result.Rows.Select(r => r.Number));
    }

    [Fact]
    public void Xlsx_errors_name_the_row_a_spreadsheet_shows_past_a_blank_row()
    {
        var header = new[] { "isg", "finding_ref", "finding_kind", "finding_text", "root_cause_ref", "root_cause_text", "owner_email", "baseline_due" };
        var xlsx = Xlsx(header,
            ["Workforce", "MD-1", "MustDo", "Text", "RC-1", "Cause", "a@example.org", "2027-01-01"],
            [null, null, null, null, null, null, null, null],
            ["Workforce", "MD-1", "MustDo", "Text", "RC-2", "Cause", "a@example.org", "2027/01/01"]);

        var error = Assert.Single(ValidateXlsx(xlsx).Errors);

        Assert.Equal("row 4, baseline_due: '2027/01/01' is not a date as yyyy-MM-dd or dd/MM/yyyy", error.ToString());
    }

    [Fact]
    public void A_csv_saved_by_excel_in_the_windows_code_page_keeps_its_pound_signs_and_curly_quotes()
    {
        var text = Csv(Header, Row(("finding_text", "The trust’s £2m ward must be safe.")));
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(text);

        var result = PlanValidator.Validate(new MemoryStream(bytes), "plan.csv", Today);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal("The trust’s £2m ward must be safe.", result.Rows[0].FindingText);
    }

    [Fact]
    public void A_utf8_byte_order_mark_does_not_spoil_the_first_header()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Csv(Header, Row()))).ToArray();
        Assert.True(PlanValidator.Validate(new MemoryStream(bytes), "plan.csv", Today).IsValid);
    }

    [Fact]
    public void A_file_that_is_neither_csv_nor_xlsx_is_refused()
    {
        var result = PlanValidator.Validate(new MemoryStream([1, 2, 3]), "plan.pdf", Today);
        Assert.Equal("file: 'plan.pdf' is not a .csv or .xlsx file.", Assert.Single(result.Errors).ToString());
    }

    [Fact]
    public void A_broken_workbook_is_one_clear_error()
    {
        var result = PlanValidator.Validate(new MemoryStream(Encoding.UTF8.GetBytes("not a zip")), "plan.xlsx", Today);
        Assert.Equal("file: The file is not a readable Excel workbook (.xlsx).", Assert.Single(result.Errors).ToString());
    }
}
