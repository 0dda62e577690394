namespace QipTracker.Domain.Kpis.Spc;

/// <summary>
/// The four Making Data Count rules over one segment, each marking every point it involves and
/// the side it is on. "Beyond" is strict everywhere: a point exactly on a line is not beyond it.
/// No rule looks across a rebase: a segment is judged against its own mean and limits only.
/// </summary>
internal static class SpecialCauseRules
{
    public static (SpcRules[] High, SpcRules[] Low) Apply(IReadOnlyList<decimal> values, SpcSegment segment, SpcOptions options)
    {
        var v = values.Skip(segment.Start).Take(segment.Count).ToArray();
        var high = new SpcRules[v.Length];
        var low = new SpcRules[v.Length];
        void Mark(int i, int sign, SpcRules rule)
        {
            if (sign > 0) high[i] |= rule;
            else low[i] |= rule;
        }

        // A point beyond a process limit.
        for (var i = 0; i < v.Length; i++)
        {
            if (v[i] > segment.Upl) Mark(i, 1, SpcRules.BeyondLimit);
            if (v[i] < segment.Lpl) Mark(i, -1, SpcRules.BeyondLimit);
        }

        // A shift: ShiftLength or more points in a row on one side of the mean; a point on the mean breaks the run.
        var sides = v.Select(x => Math.Sign(x - segment.Mean)).ToArray();
        foreach (var (first, length, sign) in Runs(sides))
            if (length >= options.ShiftLength)
                for (var i = first; i < first + length; i++) Mark(i, sign, SpcRules.Shift);

        // A trend: TrendLength or more points each higher (or each lower) than the one before; a tie breaks the run.
        // steps[k] compares point k + 1 with point k, so a run of steps k..k+m-1 covers points k..k+m.
        var steps = v.Skip(1).Select((x, k) => Math.Sign(x - v[k])).ToArray();
        foreach (var (first, length, sign) in Runs(steps))
            if (length + 1 >= options.TrendLength)
                for (var i = first; i <= first + length; i++) Mark(i, sign, SpcRules.Trend);

        // Two of three consecutive points beyond the same 2σ line (a point beyond the process limit is beyond it too):
        // the two or three points of the window that are beyond it are marked.
        for (var start = 0; start + 3 <= v.Length; start++)
        {
            MarkTwoOfThree(start, i => v[i] > segment.UpperTwoSigma, 1);
            MarkTwoOfThree(start, i => v[i] < segment.LowerTwoSigma, -1);
        }
        void MarkTwoOfThree(int start, Func<int, bool> beyond, int sign)
        {
            var hits = Enumerable.Range(start, 3).Where(beyond).ToList();
            if (hits.Count >= 2)
                foreach (var i in hits) Mark(i, sign, SpcRules.TwoOfThree);
        }

        return (high, low);
    }

    /// <summary>Maximal runs of equal, non-zero signs: (first index, length, sign).</summary>
    private static IEnumerable<(int First, int Length, int Sign)> Runs(int[] signs)
    {
        var first = 0;
        for (var i = 1; i <= signs.Length; i++)
        {
            if (i < signs.Length && signs[i] == signs[first]) continue;
            if (signs.Length > 0 && signs[first] != 0) yield return (first, i - first, signs[first]);
            first = i;
        }
    }
}
