using QipTracker.Domain.Common;

namespace QipTracker.Domain.Tests.Common;

public sealed class PatientDataTests
{
    // Nine-digit stems; the tenth digit is computed here by the published Modulus 11 method, independently of the rule.
    public static TheoryData<string> ValidNumbers() =>
        new(new[] { "943476591", "401023213", "123456788", "485777345", "999000111" }
            .Select(WithCheckDigit).OfType<string>());

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void A_valid_nhs_number_is_refused_written_together_spaced_or_hyphenated(string number)
    {
        Assert.True(PatientData.IsValidNhsNumber(number));
        var spaced = $"{number[..3]} {number[3..6]} {number[6..]}";
        var hyphenated = spaced.Replace(' ', '-');
        foreach (var text in new[] { $"Patient {number} fell on ward 7", $"Patient ({spaced}) fell", $"NHS no: {hyphenated}.", number })
            Assert.StartsWith("holds what looks like an NHS number at character", PatientData.Problem(text));
    }

    [Fact]
    public void The_problem_says_where_the_number_starts()
    {
        Assert.Contains("at character 9.", PatientData.Problem("Patient 943 476 5919 fell"));
    }

    [Theory]
    [MemberData(nameof(ValidNumbers))]
    public void Ten_digits_failing_the_check_digit_are_accepted(string valid)
    {
        var wrong = valid[..9] + (char)('0' + (valid[9] - '0' + 1) % 10);
        Assert.False(PatientData.IsValidNhsNumber(wrong));
        Assert.Null(PatientData.Problem($"Datix reference {wrong}"));
        Assert.Null(PatientData.Problem($"Ref {wrong[..3]} {wrong[3..6]} {wrong[6..]}"));
    }

    [Fact]
    public void A_stem_whose_check_digit_would_be_ten_makes_no_valid_number()
    {
        var stem = Enumerable.Range(100000000, 1000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).First(s => CheckDigit(s) == 10);
        for (var last = 0; last <= 9; last++) Assert.False(PatientData.IsValidNhsNumber(stem + last));
    }

    [Theory]
    [InlineData("Call the PMO on 01632 960 001 or 07700 900461")]   // phone numbers: 11 digits
    [InlineData("Ring 016329600014 for the bed bureau")]            // 12 digits holding no 10-digit number of its own
    [InlineData("Budget 19434765919 pence")]                       // a valid number inside a longer run
    [InlineData("Ref W9434765919 on Datix")]                       // letters touching it: a system's reference
    [InlineData("Ratio 0.9434765919 this month")]                   // a decimal
    [InlineData("Completed on 12/03/2024 by the ward manager")]     // a date with no birth marker
    [InlineData("A new ward was born of the merger")]                // the word without a date
    [InlineData("Dobson Ward audit 12/03/2024")]                    // "dob" inside a name
    [InlineData("")]
    public void Ordinary_numbers_and_dates_are_accepted(string text) => Assert.Null(PatientData.Problem(text));

    [Theory]
    [InlineData("Mrs Smith DOB 12/03/1954 was not reviewed")]
    [InlineData("Mr Jones, dob: 12-3-54, fell twice")]
    [InlineData("patient (d.o.b. 01.02.1939) readmitted")]
    [InlineData("J Bloggs born 12 March 1954")]
    [InlineData("J Bloggs, born on 1st Feb 1940")]
    [InlineData("Date of birth 1954-03-12")]
    [InlineData("D O B 12/03/1954")]
    public void A_date_of_birth_is_refused(string text) =>
        Assert.StartsWith("holds what looks like a date of birth at character", PatientData.Problem(text));

    private static string? WithCheckDigit(string stem) => CheckDigit(stem) < 10 ? stem + (char)('0' + CheckDigit(stem)) : null;

    private static int CheckDigit(string stem)
    {
        var sum = stem.Select((c, i) => (c - '0') * (10 - i)).Sum();
        return (11 - sum % 11) % 11;
    }
}
