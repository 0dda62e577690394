using System.Globalization;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// An import's headline and summary in sentences, in the tense of what happened: "2 findings will be updated"
/// in a preview, "2 findings were updated" once applied, never a code key.
/// </summary>
internal static class ImportSentences
{
    public static string Headline(ImportOutcome outcome, ImportPreview preview) => outcome switch
    {
        ImportOutcome.Preview => "Preview: nothing has been saved yet. This is what importing the file will do.",
        ImportOutcome.Applied => "The plan was imported.",
        ImportOutcome.PreviewChanged =>
            "Nothing was saved: the plan has changed since this file was previewed (someone edited it, or another import ran), or the file did. " +
            "This is what importing it would do now: check it, then confirm again.",
        ImportOutcome.NeedsConfirmation =>
            $"Nothing was saved: the file changes {Count(preview.ExistingFindingsChanged, "finding", "findings")} already in the plan, and an import changes " +
            $"existing findings only once its preview is confirmed. Check the changes below, then confirm preview {preview.Key}.",
        ImportOutcome.Refused => "Nothing was saved: some rows cannot be applied (see the errors). This is what the other rows would do.",
        _ => outcome.ToString(),
    };

    public static IReadOnlyList<string> Summary(ImportOutcome outcome, ImportPreview p)
    {
        var t = outcome switch
        {
            ImportOutcome.Applied => Tense.Past,
            ImportOutcome.Refused => Tense.Conditional,
            _ => Tense.Future,
        };
        var lines = new List<string?>
        {
            $"The file has {Count(p.Rows, "row", "rows")}, one for each finding and root cause it links.",
            Sentence("finding", "findings", (p.Findings.Created, n => $"{t.Be(n)} created"), (p.Findings.Updated, n => $"{t.Be(n)} updated"),
                (p.Findings.Unchanged, n => $"{t.Is(n)} already as the file says")),
            Sentence("root cause", "root causes", (p.RootCauses.Created, n => $"{t.Be(n)} created"), (p.RootCauses.Updated, n => $"{t.Be(n)} updated"),
                (p.RootCauses.Unchanged, n => $"{t.Is(n)} already as the file says")),
            Sentence("link between a finding and a root cause", "links between findings and root causes",
                (p.Links.Created, n => $"{t.Be(n)} made"), (p.Links.Unchanged, n => $"{t.Is(n)} already in the plan")),
            Sentence("ISG", "ISGs", (p.Isgs.Created, n => $"{t.Be(n)} created"), (p.Isgs.Unchanged, n => $"{t.Is(n)} already in the plan")),
            Sentence("person", "people", (p.Owners.Created, n => $"{t.Be(n)} invited as {(n == 1 ? "a root-cause owner" : "root-cause owners")}"),
                (p.Owners.Unchanged, n => $"{t.Is(n)} already {(n == 1 ? "a root-cause owner" : "root-cause owners")} here")),
            NotInFile(p, t),
        };
        if (p.Changes.Count == 0) lines.Add(t == Tense.Past ? "Nothing needed changing." : "Nothing needs changing: the plan already says what the file says.");
        return lines.OfType<string>().ToList();
    }

    private static string? NotInFile(ImportPreview p, Tense t)
    {
        if (p.FindingsNotInFile + p.RootCausesNotInFile == 0) return null;
        var what = string.Join(" and ", new[] { (p.FindingsNotInFile, "finding", "findings"), (p.RootCausesNotInFile, "root cause", "root causes") }
            .Where(x => x.Item1 > 0).Select(x => Count(x.Item1, x.Item2, x.Item3)));
        var total = p.FindingsNotInFile + p.RootCausesNotInFile;
        return $"{what} of the plan {t.Is(total)} not in the file: an import never deletes, so {(total == 1 ? "it" : "they")} {t.Stay(total)} as {(total == 1 ? "it is" : "they are")}.";
    }

    /// <summary>"6 findings will be created, 2 will be updated and 1 is already as the file says"; null when every count is nought.</summary>
    private static string? Sentence(string one, string many, params (int Count, Func<int, string> Words)[] parts)
    {
        var said = parts.Where(p => p.Count > 0).ToList();
        if (said.Count == 0) return null;
        var words = said.Select((p, i) => $"{(i == 0 ? Count(p.Count, one, many) : N(p.Count))} {p.Words(p.Count)}").ToList();
        return (words.Count == 1 ? words[0] : string.Join(", ", words[..^1]) + " and " + words[^1]) + ".";
    }

    public static string Count(int count, string one, string many) => $"{N(count)} {(count == 1 ? one : many)}";

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private sealed record Tense(Func<int, string> Be, Func<int, string> Is, Func<int, string> Stay)
    {
        public static readonly Tense Future = new(_ => "will be", n => n == 1 ? "is" : "are", _ => "will stay");
        public static readonly Tense Conditional = new(_ => "would be", n => n == 1 ? "is" : "are", _ => "would stay");
        public static readonly Tense Past = new(n => n == 1 ? "was" : "were", n => n == 1 ? "was" : "were", _ => "stayed");
    }
}
