using static QipTracker.Infrastructure.Tests.Importing.PlanFiles;

namespace QipTracker.Infrastructure.Tests.Importing;

/// <summary>Every kind of error an import reports, each with its row, column and reason.</summary>
public sealed class PlanValidationTests
{
    private static IReadOnlyList<string> Errors(params string[] lines) =>
        ValidateCsv(Csv(lines)).Errors.Select(e => e.ToString()).ToList();

    private static string OneError(params (string, string)[] overrides) => Assert.Single(Errors(Header, Row(overrides)));

    [Fact]
    public void An_empty_file_says_what_a_plan_file_needs()
    {
        var error = Assert.Single(Errors(""));
        Assert.StartsWith("file: The file is empty: it needs a header row (row 1) with the columns isg, finding_ref,", error);
    }

    [Fact]
    public void An_empty_workbook_is_empty_too()
    {
        var error = Assert.Single(ValidateXlsx(Xlsx(["isg"])).Errors);
        Assert.Null(error.Row);
    }

    [Fact]
    public void A_header_without_rows_has_nothing_to_import()
    {
        Assert.Equal(["file: The file has a header but no data rows: there is nothing to import."], Errors(Header, "", ",,,"));
    }

    [Fact]
    public void An_unknown_column_is_an_error_and_a_near_miss_is_pointed_out()
    {
        var errors = Errors(Header + ",notes,Finding Ref", Row() + ",x,y");
        Assert.Equal(2, errors.Count);
        Assert.StartsWith("row 1, notes: 'notes' is not a column of a plan import; the columns are isg, finding_ref,", errors[0]);
        Assert.Equal("row 1, Finding Ref: 'Finding Ref' is not a column of a plan import; did you mean 'finding_ref'? Header names are exact", errors[1]);
    }

    [Fact]
    public void A_missing_required_column_is_named()
    {
        var header = Header.Replace("owner_email,", "").Replace(",baseline_due", "");
        Assert.Equal(
            ["row 1, owner_email: the required column 'owner_email' is missing", "row 1, baseline_due: the required column 'baseline_due' is missing"],
            Errors(header, "x"));
    }

    [Fact]
    public void A_repeated_column_is_an_error()
    {
        Assert.Equal(["row 1, isg: the column 'isg' appears more than once"], Errors(Header + ",isg", Row() + ",Workforce"));
    }

    [Fact]
    public void A_value_under_no_header_is_pointed_at_by_column_letter()
    {
        Assert.Equal(["row 2, column O: has a value but no column header above it"], Errors(Header, Row() + ",stray"));
    }

    [Theory]
    [InlineData("Must", "'Must' is not MustDo or ShouldDo")]
    [InlineData("Could Do", "'Could Do' is not MustDo or ShouldDo")]
    public void A_bad_finding_kind_is_refused(string kind, string reason) =>
        Assert.Equal($"row 2, finding_kind: {reason}", OneError(("finding_kind", kind)));

    [Fact]
    public void A_bad_domain_is_refused() =>
        Assert.Equal("row 2, finding_domain: 'Safety' is not Safe, Effective, Caring, Responsive or WellLed", OneError(("finding_domain", "Safety")));

    [Theory]
    [InlineData("2026/12/31")]
    [InlineData("31/12/26")]
    [InlineData("12-31-2026")]
    [InlineData("31 December 2026")]
    [InlineData("31/02/2027")]
    [InlineData("2026-13-01")]
    public void A_date_in_another_or_ambiguous_form_is_refused(string date) =>
        Assert.Equal($"row 2, baseline_due: '{date}' is not a date as yyyy-MM-dd or dd/MM/yyyy", OneError(("baseline_due", date)));

    [Theory]
    [InlineData("2026-12-31")]
    [InlineData("31/12/2026")]
    public void Iso_and_uk_dates_are_the_same_day(string date) =>
        Assert.Equal(new DateOnly(2026, 12, 31), ValidateCsv(Csv(Header, Row(("baseline_due", date)))).Rows[0].BaselineDue);

    [Fact]
    public void A_bad_status_is_refused() =>
        Assert.Equal("row 2, status: 'Done' is not NotStarted, InProgress, Completed, Assured or Embedded", OneError(("status", "Done")));

    [Fact]
    public void Completed_needs_the_day_it_was_done() =>
        Assert.Equal("row 2, completed_on: is required when the status is Completed: the day the work was done",
            OneError(("status", "Completed"), ("evidence", "Audit shows daily checks")));

    [Fact]
    public void Completed_and_later_need_evidence()
    {
        foreach (var status in new[] { "Completed", "Assured", "Embedded" })
            Assert.Equal($"row 2, evidence: is required when the status is {status}: a note of what proves the fix, or an http(s) link to it",
                OneError(("status", status), ("completed_on", "2026-10-01")));
    }

    [Fact]
    public void A_completion_in_the_future_is_refused() =>
        Assert.Equal("row 2, completed_on: '2026-11-21' is in the future (today is 2026-11-20)",
            OneError(("status", "Completed"), ("completed_on", "2026-11-21"), ("evidence", "note")));

    [Fact]
    public void Work_not_yet_completed_has_no_completion_date() =>
        Assert.Equal("row 2, completed_on: only a Completed, Assured or Embedded root cause has a completion date; the status is InProgress",
            OneError(("completed_on", "2026-10-01")));

    [Fact]
    public void Evidence_that_starts_like_a_link_must_be_one() =>
        Assert.Equal("row 2, evidence: 'https://' is not a valid web link",
            OneError(("status", "Completed"), ("completed_on", "2026-10-01"), ("evidence", "https://")));

    [Fact]
    public void Completed_with_a_link_or_a_note_is_valid()
    {
        var result = ValidateCsv(Csv(Header,
            Row(("status", "Completed"), ("completed_on", "2026-11-20"), ("evidence", "https://intranet.example.nhs.uk/audit.pdf")),
            Row(("root_cause_ref", "RC-002"), ("status", "Assured"), ("completed_on", "01/10/2026"), ("evidence", "Fridge log audit: 100% for 8 weeks"))));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void A_not_started_root_cause_has_no_forecast_of_its_own() =>
        Assert.Equal("row 2, forecast_due: a NotStarted root cause has no forecast of its own (it follows baseline_due): leave it empty, or set the status to InProgress",
            OneError(("status", "NotStarted"), ("forecast_due", "2027-02-01")));

    [Fact]
    public void Every_missing_required_field_of_a_row_is_reported()
    {
        var errors = Errors(Header, Row(("isg", ""), ("finding_ref", ""), ("finding_kind", ""), ("finding_text", ""),
            ("root_cause_ref", " "), ("root_cause_text", ""), ("owner_email", ""), ("baseline_due", "")));
        Assert.Equal(
        [
            "row 2, isg: is required", "row 2, finding_ref: is required", "row 2, finding_kind: is required", "row 2, finding_text: is required",
            "row 2, root_cause_ref: is required", "row 2, root_cause_text: is required", "row 2, owner_email: is required", "row 2, baseline_due: is required",
        ], errors);
    }

    [Theory]
    [InlineData("jane.smith")]
    [InlineData("jane@nhs")]
    [InlineData("Jane Smith <jane@example.org>")]
    [InlineData("jane@@example.org")]
    public void A_bad_owner_email_is_refused(string email) =>
        Assert.Equal($"row 2, owner_email: '{email}' is not an email address", OneError(("owner_email", email)));

    [Fact]
    public void A_reference_too_long_for_the_register_is_refused() =>
        Assert.Equal("row 2, finding_ref: is 41 characters long; at most 40 fit", OneError(("finding_ref", new string('M', 41))));

    [Fact]
    public void Rows_of_one_finding_must_agree_and_each_conflicting_row_is_named()
    {
        var errors = Errors(Header,
            Row(),
            Row(("root_cause_ref", "RC-002"), ("finding_kind", "ShouldDo")),
            Row(("root_cause_ref", "RC-003"), ("finding_text", "Another text."), ("finding_domain", "Caring")),
            Row(("root_cause_ref", "RC-004"), ("isg", "Workforce")));
        Assert.Equal(
        [
            "row 3, finding_kind: finding MD-1 is MustDo on row 2",
            "row 4, finding_domain: finding MD-1 has domain 'Safe' on row 2",
            "row 4, finding_text: finding MD-1 has a different text on row 2",
            "row 5, isg: finding MD-1 is in ISG 'Unscheduled Care' on row 2; a finding belongs to one ISG",
        ], errors);
    }

    [Fact]
    public void Rows_of_one_root_cause_must_agree_and_its_isg_is_the_one_of_its_first_row()
    {
        var errors = Errors(Header,
            Row(),
            Row(("finding_ref", "MD-2"), ("root_cause_text", "Something else.")),
            Row(("finding_ref", "MD-3"), ("owner_email", "someone.else@example.nhs.uk"), ("status", "NotStarted")),
            Row(("finding_ref", "MD-4"), ("baseline_due", "2027-01-31")),
            Row(("finding_ref", "SD-5"), ("isg", "Workforce")));
        Assert.Equal(
        [
            "row 3, root_cause_text: root cause RC-001 has a different text on row 2",
            "row 4, owner_email: root cause RC-001 is owned by jane.smith@example.nhs.uk on row 2",
            "row 4, status: root cause RC-001 is In progress on row 2",
            "row 5, baseline_due: root cause RC-001 is due 2026-12-31 on row 2",
            "row 5, forecast_due: root cause RC-001 is forecast for 2026-12-31 on row 2",
            "row 6, isg: root cause RC-001 is in ISG 'Unscheduled Care' on row 2; a root cause belongs to the ISG of its first row",
        ], errors);
    }

    [Fact]
    public void The_same_pair_twice_is_an_error()
    {
        Assert.Equal(["row 3, root_cause_ref: root cause RC-001 is already linked to finding MD-1 on row 2"], Errors(Header, Row(), Row()));
    }

    [Fact]
    public void References_match_ignoring_case_and_surrounding_spaces()
    {
        var result = ValidateCsv(Csv(Header, Row(), Row(("finding_ref", " md-1 "), ("root_cause_ref", "RC-002"), ("isg", "unscheduled care"))));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void The_optional_kloe_columns_take_a_well_led_kloe_and_one_of_its_prompts()
    {
        const string header = Header + ",kloe,kloe_prompt";
        var result = ValidateCsv(Csv(header, Row() + ",w4,w4.2", Row(("root_cause_ref", "RC-002")) + ",W4,W4.2", Row(("finding_ref", "MD-2")) + ",,"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(("W4", "W4.2"), (result.Rows[0].KloeCode, result.Rows[0].PromptCode));
        Assert.Equal(((string?)null, (string?)null), (result.Rows[2].KloeCode, result.Rows[2].PromptCode));

        Assert.Equal(
        [
            "row 2, kloe: 'W9' is not a Well-led KLOE (W1 to W8)",
            "row 3, kloe_prompt: prompt W5.1 does not belong to KLOE W4",
            "row 4, kloe_prompt: 'W4.9' is not a Well-led prompt, such as W4.2",
            "row 6, kloe: finding MD-1 is tagged to KLOE 'W4' on row 5",
            "row 6, kloe_prompt: finding MD-1 is tagged to prompt 'W4.2' on row 5",
        ], Errors(header,
            Row(("finding_ref", "MD-9")) + ",W9,",
            Row() + ",W4,W5.1",
            Row(("finding_ref", "MD-3")) + ",,W4.9",
            Row(("root_cause_ref", "RC-002")) + ",W4,W4.2",
            Row(("root_cause_ref", "RC-003")) + ",W5,"));
    }

    [Fact]
    public void The_optional_added_to_plan_column_takes_a_past_day_no_later_than_the_completion()
    {
        const string header = Header + ",added_to_plan";
        var result = ValidateCsv(Csv(header, Row() + ",2026-06-01", Row(("root_cause_ref", "RC-002")) + ","));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(((DateOnly?)new DateOnly(2026, 6, 1), (DateOnly?)null), (result.Rows[0].AddedToPlanOn, result.Rows[1].AddedToPlanOn));

        Assert.Equal(
        [
            "row 2, added_to_plan: '2026-11-21' is in the future (today is 2026-11-20)",
            "row 3, added_to_plan: '2026-10-05' is after completed_on: the work was done before it entered the plan",
            "row 5, added_to_plan: root cause RC-004 entered the plan on '2026-06-01' on row 4",
        ], Errors(header,
            Row() + ",2026-11-21",
            Row(("root_cause_ref", "RC-002"), ("status", "Completed"), ("completed_on", "2026-10-01"), ("evidence", "Audit")) + ",2026-10-05",
            Row(("root_cause_ref", "RC-004")) + ",2026-06-01",
            Row(("root_cause_ref", "RC-004"), ("finding_ref", "MD-2")) + ",2026-07-01"));
    }

    [Fact]
    public void Every_bad_row_is_reported_not_just_the_first()
    {
        var errors = Errors(Header,
            Row(("finding_kind", "Must")),
            Row(("root_cause_ref", "RC-002")),
            Row(("root_cause_ref", "RC-003"), ("status", "Completed")),
            Row(("root_cause_ref", "RC-004"), ("owner_email", "nobody")));
        Assert.Equal(
        [
            "row 2, finding_kind: 'Must' is not MustDo or ShouldDo",
            "row 4, completed_on: is required when the status is Completed: the day the work was done",
            "row 4, evidence: is required when the status is Completed: a note of what proves the fix, or an http(s) link to it",
            "row 5, owner_email: 'nobody' is not an email address",
        ], errors);
    }
}
