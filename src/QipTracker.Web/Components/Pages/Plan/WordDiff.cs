using System.Text.RegularExpressions;

namespace QipTracker.Web.Components.Pages.Plan;

/// <summary>
/// Which words of a text an import removes and which it adds, so that a reworded finding shows its change rather than
/// two paragraphs to compare by eye. A longest common subsequence of words; very long texts are marked as wholly changed.
/// </summary>
public static partial class WordDiff
{
    public sealed record Part(string Text, bool Changed);

    private const int MaxCells = 1_000_000; // two texts of a thousand words each

    public static (IReadOnlyList<Part> Before, IReadOnlyList<Part> After) Compare(string before, string after)
    {
        var a = Words().Split(before);
        var b = Words().Split(after);
        if ((long)a.Length * b.Length > MaxCells) return ([new(before, true)], [new(after, true)]);

        // common[i, j]: the longest common run of words of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var (left, right) = (new List<Part>(), new List<Part>());
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(left, a[x++], false);
                Add(right, b[y++], false);
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y])) Add(right, b[y++], true);
            else Add(left, a[x++], true);
        }
        return (left, right);
    }

    // Runs of the same kind are joined; spaces between two changed words count as changed, so a phrase is marked whole.
    private static void Add(List<Part> parts, string word, bool changed)
    {
        if (word.Length == 0) return;
        changed = changed && !string.IsNullOrWhiteSpace(word) || changed && parts.Count > 0 && parts[^1].Changed;
        if (parts.Count > 0 && parts[^1].Changed == changed) parts[^1] = parts[^1] with { Text = parts[^1].Text + word };
        else parts.Add(new Part(word, changed));
    }

    /// <summary>Words with the spaces after them kept as their own items, so that the text joins back exactly.</summary>
    [GeneratedRegex(@"(\s+)")]
    private static partial Regex Words();
}
