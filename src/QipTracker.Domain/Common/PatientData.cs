using System.Text.RegularExpressions;

namespace QipTracker.Domain.Common;

/// <summary>
/// QipTracker holds a trust's improvement plan, never patient records: a patient who can be identified from an update or
/// an evidence note is a data breach the trust must report. This rule finds the two identifiers people paste in by
/// habit, so text holding them is refused before it is stored:
/// <list type="bullet">
/// <item>an NHS number: ten digits, written together or in 3-3-4 groups split by spaces or hyphens, that pass the
/// Modulus 11 check digit, and are not part of a longer run of digits or letters (so an 11-digit phone number, a
/// decimal or a "W1234567890" reference is not one);</item>
/// <item>a date of birth: a date written right after "DOB", "D.O.B.", "date of birth" or "born" ("DOB 12/03/1954",
/// "born 12 March 1954") — the words people put next to a patient's name.</item>
/// </list>
/// Ten digits failing the check are let through: one random ten-digit number in eleven passes it, so the check keeps the
/// refusals to text that really holds an NHS number's form. Where the rule applies is the callers' choice (the input
/// policy's free text, the plan import's text columns, measurement notes).
/// </summary>
public static partial class PatientData
{
    /// <summary>Why the text is refused (an NHS number or a date of birth, and where it starts); null when it holds neither.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasDigit(text)) return null;
        foreach (Match m in NhsNumberPattern().Matches(text))
            if (IsValidNhsNumber(m.Groups["a"].Value + m.Groups["b"].Value + m.Groups["c"].Value))
                return $"holds what looks like an NHS number at character {m.Index + 1}. Patient-identifiable information must not be " +
                       "recorded in QipTracker: describe the case without the NHS number (use your incident or Datix reference instead).";
        if (DateOfBirthPattern().Match(text) is { Success: true } dob)
            return $"holds what looks like a date of birth at character {dob.Index + 1}. Patient-identifiable information must not be " +
                   "recorded in QipTracker: describe the case without the patient's date of birth.";
        return null;
    }

    /// <summary>
    /// The Modulus 11 check of an NHS number (ten digits): the first nine weighted 10 down to 2, the sum's remainder by 11
    /// taken from 11 (11 counts as 0, 10 means no valid number) must equal the tenth.
    /// </summary>
    public static bool IsValidNhsNumber(string digits)
    {
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 9; i++) sum += (digits[i] - '0') * (10 - i);
        var check = 11 - sum % 11;
        if (check == 11) check = 0;
        return check != 10 && check == digits[9] - '0';
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
            if (char.IsAsciiDigit(c)) return true;
        return false;
    }

    // Ten digits, together or as 3-3-4 with one kind of separator; no letter, digit or decimal part touching either end.
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|\d[.,])(?<a>\d{3})(?<s>[ \-]?)(?<b>\d{3})\k<s>(?<c>\d{4})(?![\p{L}\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex NhsNumberPattern();

    // The marker, then within a few characters (": ", " on ", " - ") a full date: 12/03/1954, 12-3-54, 12.03.1954,
    // 1954-03-12, 12 March 1954, 12th Mar 1954.
    [GeneratedRegex(@"(?<![\p{L}])(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|born)[\s:;,()\-]*(?:on\s+)?\(?" +
                    @"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)|" +
                    @"\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOfBirthPattern();
}
