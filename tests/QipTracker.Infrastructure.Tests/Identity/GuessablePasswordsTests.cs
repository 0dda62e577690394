using System.Reflection;
using QipTracker.Infrastructure.Identity.Passwords;

namespace QipTracker.Infrastructure.Tests.Identity;

public sealed class GuessablePasswordsTests
{
    private static readonly string[] Jane = ["jane.smith@northbridge.nhs.uk", "Jane Smith", "Northbridge University Hospitals NHS Foundation Trust"];

    [Theory]
    [InlineData("password1234")]
    [InlineData("Password2024!")]
    [InlineData("P@ssw0rd2024!")]
    [InlineData("p a s s w o r d 1 2 3")]
    [InlineData("letmein123456")]
    [InlineData("Welcome2026!!")]
    [InlineData("iloveyou2020!")]
    [InlineData("qwertyuiop123")]
    [InlineData("1qaz2wsx3edc4rfv")]
    [InlineData("asdfghjkl;'#1")]
    [InlineData("abcdefghijkl")]
    [InlineData("zyxwvutsrqpo")]
    [InlineData("123456789012")]
    [InlineData("aaaaaaaaaaaa1")]
    [InlineData("!!!!!!!!!!!!")]
    [InlineData("Summer2024!!!")]
    [InlineData("Monkey-Dragon-99")]
    [InlineData("Liverpool1892!")]
    [InlineData("NHSTrust2026!")]
    [InlineData("QipTracker2026")]
    [InlineData("Hospital123456")]
    [InlineData("nursenurse2024")]
    [InlineData("Xpassword1234")]
    [InlineData("passwordpassword")]
    public void Common_passwords_and_their_patterns_are_guessable(string password) =>
        Assert.True(GuessablePasswords.IsGuessable(password, []), password);

    [Theory]
    [InlineData("JaneSmith2024!")]
    [InlineData("jane.smith.1980")]
    [InlineData("Northbridge2026!")]
    [InlineData("smith-jane-99!!")]
    public void The_persons_own_name_email_and_trust_are_guessable(string password)
    {
        Assert.True(GuessablePasswords.IsGuessable(password, Jane), password);
        Assert.False(GuessablePasswords.IsGuessable(password, ["someone.else@example.org", "Someone Else"]), password);
    }

    [Theory]
    [InlineData("correct horse battery")]
    [InlineData("Harbour-Lantern-Meadow-48")]
    [InlineData("a long enough new password")]
    [InlineData("e2e demo password 2026")]
    [InlineData("seven tired owls on a fence")]
    [InlineData("my cat sleeps on warm radiators")]
    [InlineData("x7k9q2m4p8z1")]
    [InlineData("Tuesday rain over Ilkley moor")]
    [InlineData("dragon monkey football sunshine")]
    public void Phrases_and_random_strings_are_not(string password) =>
        Assert.False(GuessablePasswords.IsGuessable(password, Jane), password);

    [Fact]
    public void A_very_long_password_is_never_refused_as_a_pattern() =>
        Assert.False(GuessablePasswords.IsGuessable(string.Concat(Enumerable.Repeat("password", 9)), []));

    [Fact]
    public void Every_demo_password_word_is_allowed_so_a_demo_install_always_starts()
    {
        // DemoPassword is internal: read its word list as the seeder does.
        var demo = typeof(QipTracker.Infrastructure.Demo.DemoSeedOptions).Assembly.GetType("QipTracker.Infrastructure.Demo.DemoPassword")!;
        var words = (string[])demo.GetField("Words", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.NotEmpty(words);
        foreach (var a in words)
            Assert.False(GuessablePasswords.IsGuessable($"{a}-{a}-{a}-42", []), a);
    }

    [Fact]
    public void Words_of_a_name_or_address_are_split_and_joined() =>
        Assert.Equal(["jane", "smith", "northbridge", "nhs", "janesmithnorthbridgenhsuk"], GuessablePasswords.WordsOf("Jane.Smith@northbridge.nhs.uk"));
}
