using static QipTracker.Infrastructure.Tests.Importing.PlanFiles;

namespace QipTracker.Infrastructure.Tests.Importing;

/// <summary>A plan spreadsheet is held to the patient-data guard cell by cell, each refusal naming its row and column.</summary>
public sealed class PlanPatientDataTests
{
    [Fact]
    public void An_nhs_number_or_a_date_of_birth_in_any_text_cell_is_refused_by_row_and_column()
    {
        var result = ValidateCsv(Csv(Header,
            Row(("root_cause_text", "Patient 943 476 5919 waited 14 hours")),
            Row(("root_cause_ref", "RC-002"), ("evidence", "Case note: Mrs A, DOB 12/03/1954")),
            Row(("root_cause_ref", "RC-003"), ("finding_text", "Datix 9434765918 reviewed"))));   // fails the check digit

        Assert.Equal(
        [
            "row 2, root_cause_text: holds what looks like an NHS number at character 9.",
            "row 3, evidence: holds what looks like a date of birth at character 19.",
        ], result.Errors.Select(e => e.ToString()[..(e.ToString().IndexOf('.', StringComparison.Ordinal) + 1)]));
    }
}
