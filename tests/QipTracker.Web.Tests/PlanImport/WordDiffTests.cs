using QipTracker.Web.Components.Pages.Plan;

namespace QipTracker.Web.Tests.PlanImport;

/// <summary>The words a preview marks as removed and added in a reworded finding.</summary>
public sealed class WordDiffTests
{
    private static string Marked(IReadOnlyList<WordDiff.Part> parts) => string.Concat(parts.Select(p => p.Changed ? $"[{p.Text}]" : p.Text));

    [Fact]
    public void Only_the_words_that_changed_are_marked_and_each_side_reads_back_whole()
    {
        const string before = "The trust must ensure medicines are stored safely.";
        const string after = "The trust must ensure medicines are stored at safe temperatures.";

        var (was, now) = WordDiff.Compare(before, after);

        Assert.Equal("The trust must ensure medicines are stored [safely.]", Marked(was));
        Assert.Equal("The trust must ensure medicines are stored [at safe temperatures.]", Marked(now));
        Assert.Equal((before, after), (string.Concat(was.Select(p => p.Text)), string.Concat(now.Select(p => p.Text))));
    }

    [Fact]
    public void An_added_sentence_is_marked_as_one_phrase()
    {
        var (was, now) = WordDiff.Compare("Rotas are late.", "Rotas are late. Bank staff are booked on the day.");

        Assert.Equal("Rotas are late.", Marked(was));
        Assert.Equal("Rotas are late. [Bank staff are booked on the day.]", Marked(now));
    }
}
