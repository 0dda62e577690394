using QipTracker.Domain.Common;

namespace QipTracker.Domain.Tests.Common;

public sealed class InputTextTests
{
    [Theory]
    [InlineData("Ward 7, Maternity")]
    [InlineData("Line one\r\nLine two\n\tindented")]
    [InlineData("£250 — Women’s & Children’s 👶")]      // a surrogate pair is one character
    [InlineData("مستشفى")]                              // right-to-left text is text
    public void Ordinary_text_tabs_line_breaks_and_any_script_are_accepted(string text)
    {
        Assert.Null(InputText.Problem(text));
        Assert.Equal(text, InputText.Printable(text));
    }

    [Theory]
    [InlineData("a\0b", "U+0000", 2)]
    [InlineData("ab\u0007", "U+0007", 3)]
    [InlineData("\u001B[31m", "U+001B", 1)]
    [InlineData("a\u007F", "U+007F", 2)]
    [InlineData("a\u0085", "U+0085", 2)]
    [InlineData("name\uFFFF", "U+FFFF", 5)]
    [InlineData("name\uFFFE", "U+FFFE", 5)]
    public void Control_characters_and_non_characters_are_refused_naming_which_and_where(string text, string code, int at)
    {
        Assert.Equal($"holds the control character {code} at character {at}; only tab, line feed and carriage return may be used.", InputText.Problem(text));
        Assert.Equal(text.Length - 1, InputText.Printable(text).Length);
    }

    [Fact]
    public void Half_a_surrogate_pair_is_refused_and_dropped_when_printed()
    {
        Assert.Equal("holds a broken character (an unpaired surrogate, U+D83D) at character 2.", InputText.Problem("a\uD83Db"));
        Assert.Equal("ab", InputText.Printable("a\uD83Db"));
    }

    [Theory]
    [InlineData("audit\u202Efdp.exe", "holds the text-direction control U+202E at character 6, which can disguise a file's type; rename the file.")]
    [InlineData("audit\u2069.pdf", "holds the text-direction control U+2069 at character 6, which can disguise a file's type; rename the file.")]
    [InlineData("audit\r\nX-Evil: 1.pdf", "holds the control character U+000D at character 6; a file name may hold no control characters.")]
    [InlineData("audit\t.pdf", "holds the control character U+0009 at character 6; a file name may hold no control characters.")]
    public void File_names_also_refuse_line_breaks_and_text_direction_controls(string name, string problem)
    {
        Assert.Equal(problem, InputText.FileNameProblem(name));
        Assert.Null(InputText.FileNameProblem("Fridge audit (v2).pdf"));
    }

    [Theory]
    [InlineData(2000, 1, 1, true)]
    [InlineData(2100, 12, 31, true)]
    [InlineData(1999, 12, 31, false)]
    [InlineData(2101, 1, 1, false)]
    [InlineData(1, 1, 1, false)]
    [InlineData(9999, 12, 31, false)]
    public void Dates_are_plausible_from_2000_to_2100(int year, int month, int day, bool plausible)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(plausible, InputLimits.IsPlausible(date));
        Assert.Equal(plausible ? null : $"{date:yyyy-MM-dd} is outside the dates this app accepts (2000-01-01 to 2100-12-31).", InputLimits.DateProblem(date));
    }
}
