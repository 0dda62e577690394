using System.Reflection;

namespace QipTracker.Infrastructure.Identity.Passwords;

/// <summary>
/// Refuses passwords that attackers try first, as NIST SP 800-63B (5.1.1.2) asks: common and
/// breached passwords, the product's and the NHS's own words, and the person's own name, email and
/// trust — alone or joined, with digits, years and symbols added anywhere, with look-alike
/// substitutions (p@ssw0rd) and next to keyboard walks (qwerty, 1qaz2wsx), letter runs (abcdef)
/// and repeated characters. A password is guessable when it is made entirely of such pieces, with
/// at most one stray letter and at most three dictionary words: a long phrase of unrelated
/// words stays allowed, which is what people are told to choose.
/// </summary>
public static class GuessablePasswords
{
    /// <summary>Longer than this, a password is not one of the patterns an attacker lists.</summary>
    public const int LongEnough = 64;

    private const int MaxWords = 3, MaxStrayLetters = 1, Unreachable = int.MaxValue / 2;

    private static readonly IReadOnlySet<string> CommonWords = LoadCommonWords();
    private static readonly IReadOnlySet<string> Walks = KeyboardWalksAndRuns();

    // Look-alikes people substitute for letters.
    private static readonly Dictionary<char, string> LookAlikes = new()
    {
        ['@'] = "a", ['4'] = "a", ['8'] = "b", ['('] = "c", ['3'] = "e", ['6'] = "g", ['9'] = "g", ['#'] = "h",
        ['1'] = "il", ['!'] = "il", ['|'] = "il", ['0'] = "o", ['$'] = "s", ['5'] = "s", ['7'] = "t", ['+'] = "t", ['2'] = "z",
    };

    // Typed between the words of a pattern, and ignored: "jane.smith", "pass word", "p-a-s-s".
    private static readonly char[] Separators = [' ', '\t', '-', '_', '.', ',', '/', '\\', '\'', '"', ':', ';'];

    /// <summary>True when the password is a common password or follows a common pattern.</summary>
    /// <param name="personalWords">The person's own words: email, name, trusts (split into words here).</param>
    public static bool IsGuessable(string password, IEnumerable<string> personalWords)
    {
        if (password.Length > LongEnough) return false;
        var text = new string(password.ToLowerInvariant().Where(c => !Separators.Contains(c) && !char.IsWhiteSpace(c)).ToArray());
        if (text.Length == 0) return true;
        var words = new HashSet<string>(CommonWords);
        foreach (var word in personalWords.SelectMany(WordsOf)) words.Add(word);
        return FewestWords(text, words) <= MaxWords;
    }

    /// <summary>Lower-case words of three or more letters or digits, and the whole run joined: "Jane.Smith-2@x" → jane, smith, janesmith2, x…</summary>
    public static IEnumerable<string> WordsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        var lower = text.ToLowerInvariant();
        var parts = lower.Split(lower.Where(c => !char.IsLetterOrDigit(c)).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries)
            .Where(p => p.Length >= 3 && !StopWords.Contains(p)).ToList();
        foreach (var part in parts) yield return part;
        var joined = new string(lower.Where(char.IsLetterOrDigit).ToArray());
        if (joined.Length >= 3 && parts.Count > 1) yield return joined;
    }

    private static readonly HashSet<string> StopWords = ["the", "and", "for", "com", "org", "net", "www"];

    // The fewest dictionary words that, with walks, runs, filler (digits and symbols) and at most
    // one stray letter, make up the whole text; Unreachable when there is no such reading.
    // best[i, s] = fewest words covering text[..i] with s stray letters.
    private static int FewestWords(string text, IReadOnlySet<string> words)
    {
        var n = text.Length;
        var best = new int[n + 1, MaxStrayLetters + 1];
        for (var i = 0; i <= n; i++)
            for (var s = 0; s <= MaxStrayLetters; s++) best[i, s] = Unreachable;
        best[0, 0] = 0;
        for (var i = 0; i < n; i++)
            for (var s = 0; s <= MaxStrayLetters; s++)
            {
                var here = best[i, s];
                if (here == Unreachable) continue;
                if (!char.IsLetter(text[i])) Relax(best, i + 1, s, here);            // a digit or symbol added
                else if (s < MaxStrayLetters) Relax(best, i + 1, s + 1, here);       // one stray letter
                for (var run = RepeatedRun(text, i); run >= 3; run--) Relax(best, i + run, s, here);
                foreach (var walk in Walks) if (Matches(text, i, walk)) Relax(best, i + walk.Length, s, here);
                foreach (var word in words) if (Matches(text, i, word)) Relax(best, i + word.Length, s, here + 1);
            }
        return Enumerable.Range(0, MaxStrayLetters + 1).Min(s => best[n, s]);
    }

    private static void Relax(int[,] best, int at, int strays, int words)
    {
        if (words < best[at, strays]) best[at, strays] = words;
    }

    private static int RepeatedRun(string text, int from)
    {
        var end = from;
        while (end < text.Length && text[end] == text[from]) end++;
        return end - from;
    }

    private static bool Matches(string text, int at, string word)
    {
        if (at + word.Length > text.Length) return false;
        for (var k = 0; k < word.Length; k++)
        {
            var c = text[at + k];
            if (c != word[k] && !(LookAlikes.TryGetValue(c, out var letters) && letters.Contains(word[k]))) return false;
        }
        return true;
    }

    private static HashSet<string> LoadCommonWords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Identity.common-password-words.txt")
                           ?? throw new InvalidOperationException("The common password list is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim().ToLowerInvariant();
            if (word.Length >= 3 && !word.StartsWith('#')) words.Add(word);
        }
        return words;
    }

    // Rows and columns of a UK/US keyboard, the alphabet and the digits, both ways: any three or
    // more keys in a row is a walk. They cost no "word", so a walk in any length is refused.
    private static HashSet<string> KeyboardWalksAndRuns()
    {
        string[] lines =
        [
            "`1234567890-=", "qwertyuiop[]", "asdfghjkl;'#", "\\zxcvbnm,./", "qwertzuiop", "azertyuiop",
            "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik,9ol.0p;/", "qazwsxedcrfvtgbyhnujmikolp", "zaq1xsw2cde3vfr4bgt5nhy6mju7",
            "abcdefghijklmnopqrstuvwxyz", "01234567890",
        ];
        var walks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines.SelectMany(l => new[] { l, new string(l.Reverse().ToArray()) }))
        {
            var keys = new string(line.Where(c => !Separators.Contains(c)).ToArray());
            for (var start = 0; start < keys.Length; start++)
                for (var length = 3; start + length <= keys.Length; length++)
                    walks.Add(keys.Substring(start, length));
        }
        return walks;
    }
}
