using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using QipTracker.Domain.Escalations;

namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>
/// The deck's slides, in the order a meeting takes them: title; summary (and, for the board, the ask); the Must Do
/// and Should Do trajectories; one slide per ISG with its Must Do / Should Do figures and charts; the SPC icon
/// summary; the exceptions summary and the longest overdue; for the board, the recommendation. Every figure and
/// sentence is the paper's own (the writers share <see cref="PaperLabels"/>); a schema 1 paper shows what it holds.
/// </summary>
internal sealed class PptxDeckLayout(PresentationPart presentation, SlideLayoutPart layout, IPaperChartRenderer charts, BoardPaperContent paper, PaperKind kind)
{
    /// <summary>Slide size in inches (16:9) and the margin around the content.</summary>
    public const double Width = 13.333, Height = 7.5, Margin = 0.5, ContentTop = 1.3, ContentWidth = Width - 2 * Margin;

    /// <summary>Rows of the SPC icon summary on one slide, so that a table never runs off it.</summary>
    public const int KpisPerSlide = 12;
    /// <summary>How many of the longest overdue items the deck shows (the paper's appendix has them all).</summary>
    public const int LongestOverdue = 8;
    /// <summary>The longest text a slide box prints before pointing to the paper.</summary>
    public const int LongestSlideText = 900;

    // Charts are designed 600 px wide (small multiples about 430) and drawn at this many pixels per inch.
    private const double PixelsPerInch = 150;

    private readonly Assessment _a = paper.Assessment;
    private int _slides;

    public static string TitleOf(BoardPaperContent paper, PaperKind kind) =>
        kind == PaperKind.PartnerPack ? PartnerPackLayout.Title : PaperText.Printable(paper.Cover.PaperTitle);

    public void Write()
    {
        TitleSlide();
        Summary();
        Trajectory(_a.MustDoChart);
        Trajectory(_a.ShouldDoChart);
        foreach (var isg in _a.Isgs) Isg(isg);
        SpcSummary();
        Exceptions();
        PartnerFeedback();
        if (kind == PaperKind.BoardPaper) Recommendation();
    }

    /// <summary>The partners' feedback from the month's meeting and the trust's response, when the paper keeps it.</summary>
    private void PartnerFeedback()
    {
        if (_a.PartnerFeedback is not { } feedback) return;
        var slide = Slide("Partner feedback");
        if (feedback.Count == 0)
        {
            slide.Text(Margin, ContentTop, ContentWidth, 0.6, new SlideText($"No partner feedback was recorded from meetings in {PaperLabels.Month(_a.AsAt)}.", 18));
            return;
        }
        Column[] columns = [new("Partner", 20), new("Meeting", 12), new("What was said", 36), new("The trust's response", 32)];
        slide.Table(Margin, ContentTop, ContentWidth, columns, feedback.Take(LongestOverdue).Select(f => (IReadOnlyList<Cell>)
        [
            f.From, PaperLabels.ShortDate(f.MeetingOn), Brief(f.Said, 160),
            string.IsNullOrWhiteSpace(f.Response) ? PartnerFeedbackSection.NoResponse : Brief(f.Response, 160),
        ]), rowHeight: 0.5, points: 11, name: "Partner feedback");
        if (feedback.Count > LongestOverdue)
            slide.Text(Margin, Height - 0.95, ContentWidth, 0.45, new SlideText(
                $"All {feedback.Count} items of feedback are in the paper.", 12, false, PptxPackage.DarkGrey));
    }

    private void TitleSlide()
    {
        var slide = new PptxSlide(presentation, layout, ++_slides);
        var c = paper.Cover;
        slide.Band(0, 2.0, Width, 2.1, PptxPackage.NhsBlue);
        slide.Text(Margin, 2.15, ContentWidth, 1.2, [new(TitleOf(paper, kind), 36, true, "FFFFFF")], shrink: true);
        slide.Text(Margin, 3.35, ContentWidth, 0.6, [new($"{paper.Situation.TrustName}: Quality Improvement Plan as at {PaperLabels.Date(_a.AsAt)}", 20, false, "FFFFFF")], shrink: true);
        List<SlideText> lines = kind == PaperKind.BoardPaper
            ? [new($"{c.Meeting}, {PaperLabels.Date(c.MeetingDate)}", 18, true, PptxPackage.DarkGrey)]
            : [];
        lines.Add(new($"Responsible director: {c.ResponsibleDirector}", 16, false, PptxPackage.DarkGrey));
        lines.Add(new($"Author: {c.Author}", 16, false, PptxPackage.DarkGrey));
        lines.Add(new($"Date written: {PaperLabels.Date(c.DateWritten)}", 16, false, PptxPackage.DarkGrey));
        slide.Text(Margin, 4.4, ContentWidth, 2.2, lines, shrink: true);
    }

    private void Summary()
    {
        var slide = Slide(kind == PaperKind.BoardPaper ? "Summary and the ask" : "Summary");
        var lines = new List<SlideText>();
        var last = _a.LastMonth;
        if (_a.MustDoTotal is { } mustDo && _a.ShouldDoTotal is { } shouldDo)
        {
            lines.Add(Figure("Must Do", mustDo, last?.MustDo, last?.AsAt));
            lines.Add(Figure("Should Do", shouldDo, last?.ShouldDo, last?.AsAt));
            lines.Add(Figure("All root causes", _a.Total, last?.Total, last?.AsAt));
            lines.Add(new($"{PaperLabels.Count(_a.MustDoOnTrack ?? 0, "Must Do root cause is", "Must Do root causes are")} on track.", 18));
        }
        else lines.Add(Figure("Root causes", _a.Total, null, null));
        var withPlan = _a.Exceptions.Count(e => e.HasRecoveryPlan);
        var ecib = _a.Exceptions.Count(e => e.EscalationLevel == EscalationLevel.Ecib);
        lines.Add(new($"{PaperLabels.Count(_a.Exceptions.Count, "item is", "items are")} off track or overdue, {withPlan} with a recovery plan; {ecib} escalated to the ECIB.", 18));
        slide.Text(Margin, ContentTop, ContentWidth, 2.6, lines, shrink: true);

        slide.Text(Margin, 4.0, ContentWidth, 0.4, new SlideText("Executive summary", 16, true, PptxPackage.NhsBlue));
        var summaryHeight = kind == PaperKind.BoardPaper ? 1.45 : 2.4;
        slide.Text(Margin, 4.4, ContentWidth, summaryHeight, Paragraphs(paper.Cover.ExecutiveSummary, 14), shrink: true);
        if (kind != PaperKind.BoardPaper) return;
        var ask = $"The board is asked to: {PaperLabels.Of(paper.Cover.BoardAskedTo)}" + (paper.Cover.AskReason is { Length: > 0 } why ? $". {Brief(why)}" : "");
        slide.Text(Margin, 5.95, ContentWidth, 0.9, [new(ask, 16, true, PptxPackage.Black)], shrink: true, fill: PptxPackage.PaleGrey, middle: true);
    }

    /// <summary>"Must Do: 22 of 26 planned root causes closed, 84.6% of trajectory, down 2.0 points from 86.6% at the end of October 2026."</summary>
    private static SlideText Figure(string name, DeliveryFigures f, DeliveryFigures? before, DateOnly? beforeAt) =>
        new($"{name}: {f.Completed} of {f.Planned} planned root causes closed, {PaperLabels.Percent(f.PercentOfTrajectory)} of trajectory" +
            $"{PaperLabels.Since(f.PercentOfTrajectory, before?.PercentOfTrajectory, beforeAt)}.", 18, name == "Must Do");

    private void Trajectory(TrajectoryChart chart)
    {
        var slide = Slide(chart.Title);
        const double top = ContentTop, width = 10.6, height = 5.3;
        slide.Picture((Width - width) / 2, top, width, height, Draw(chart, width, height, small: false), chart.Title, ChartAltText.Of(chart));
        slide.Text(Margin, top + height + 0.05, ContentWidth, 0.4,
            new SlideText($"Cumulative root causes completed against the approved trajectory, as at {PaperLabels.Date(_a.AsAt)}. The dashed line is the current forecast.", 12, false, PptxPackage.DarkGrey));
    }

    private void Isg(IsgProgress isg)
    {
        var slide = Slide(isg.Isg);
        var last = isg.LastMonth;
        Column[] columns =
        [
            new("", 16), new("Findings", 11), new("Root causes", 11), new("Closed", 10), new("Target", 10), new("% of trajectory", 14),
            new(last is null ? "Last month" : $"End of {PaperLabels.ShortMonth(last.AsAt)}", 14), new("Change (points)", 14),
        ];
        var rows = new List<IReadOnlyList<Cell>>();
        if (isg.MustDo is { } mustDo && isg.ShouldDo is { } shouldDo)
        {
            rows.Add(Row("Must Do", mustDo, last?.MustDo, bold: true));
            rows.Add(Row("Should Do", shouldDo, last?.ShouldDo, bold: false));
        }
        rows.Add(Row("All", isg.Figures, last?.Total, bold: false));
        slide.Table(Margin, ContentTop, ContentWidth, columns, rows, name: $"{isg.Isg} delivery");

        var chartsTop = ContentTop + 0.32 * (rows.Count + 1) + 0.15;
        if (isg.MustDoOnTrack is { } onTrack)
        {
            slide.Text(Margin, chartsTop, ContentWidth, 0.4,
                new SlideText($"{PaperLabels.Count(onTrack, "Must Do root cause is", "Must Do root causes are")} on track (open, not overdue, not reported off track).", 14, true, PptxPackage.NhsBlue));
            chartsTop += 0.45;
        }
        var figures = new[] { isg.MustDoChart, isg.ShouldDoChart }.OfType<TrajectoryChart>().ToList();
        if (figures.Count == 0 && isg.Chart is { } combined) figures.Add(combined);
        var available = Height - 0.5 - chartsTop;
        var width = figures.Count > 1 ? (ContentWidth - 0.3) / 2 : ContentWidth * 0.7;
        var height = Math.Min(available, width / 1.4);
        width = height * 1.4;
        var gap = figures.Count > 1 ? (ContentWidth - 2 * width) : 0;
        for (var i = 0; i < figures.Count; i++)
        {
            var x = figures.Count > 1 ? Margin + i * (width + gap) : (Width - width) / 2;
            slide.Picture(x, chartsTop, width, height, Draw(figures[i], width, height, small: true), figures[i].Title, ChartAltText.Of(figures[i]));
        }
    }

    private static IReadOnlyList<Cell> Row(string name, DeliveryFigures f, DeliveryFigures? before, bool bold) =>
    [
        new(name, Bold: true), new(Number(f.FindingsCovered), bold), new(Number(f.RootCausesIdentified), bold), new(Number(f.Completed), bold),
        new(Number(f.Planned), bold), new(PaperLabels.Percent(f.PercentOfTrajectory), bold),
        new(PaperLabels.Percent(before?.PercentOfTrajectory), bold), new(PaperLabels.ChangeShort(f.PercentOfTrajectory, before?.PercentOfTrajectory), bold),
    ];

    private void SpcSummary()
    {
        var kpis = _a.Kpis;
        if (kpis.Count == 0)
        {
            Slide("SPC icon summary").Text(Margin, ContentTop, ContentWidth, 0.6, new SlideText("No KPIs have measurements yet.", 18));
            return;
        }
        Column[] columns = [new("KPI", 34), new("ISG", 16), new("Latest", 12), new("Target", 9), new("Variation", 15), new("Assurance", 14)];
        var pages = (kpis.Count + KpisPerSlide - 1) / KpisPerSlide;
        for (var page = 0; page < pages; page++)
        {
            var slide = Slide(pages == 1 ? "SPC icon summary" : $"SPC icon summary ({page + 1} of {pages})");
            slide.Table(Margin, ContentTop, ContentWidth, columns, kpis.Skip(page * KpisPerSlide).Take(KpisPerSlide).Select(KpiRow), rowHeight: 0.36, points: 11, name: "SPC icon summary");
            slide.Text(Margin, Height - 0.95, ContentWidth, 0.45, new SlideText(
                "Variation: common cause (grey), special cause improving (blue) or concerning (orange), high or low. " +
                "Assurance: P consistently met, F consistently missed, ? hit and miss.", 11, false, PptxPackage.DarkGrey));
        }
    }

    private static IReadOnlyList<Cell> KpiRow(KpiSummary k)
    {
        var variation = SpcIcon.Of(k.Variation);
        var assurance = SpcIcon.Of(k.Assurance);
        var name = (k.Code is { } code ? $"{code} {k.Name}" : k.Name) + (k.RootCause is { } rc ? $" ({rc})" : "");
        return
        [
            Brief(name, 80), k.Isg, $"{PaperLabels.Measure(k.LatestValue, k.Unit)} ({k.LatestPeriod})",
            k.Target is { } target ? PaperLabels.Measure(target, k.Unit) : PaperLabels.Nothing,
            new Cell(variation.Label, Fill: variation.Fill, Symbol: variation.Symbol),
            new Cell(assurance.Label, Fill: assurance.Fill, Symbol: assurance.Symbol),
        ];
    }

    private void Exceptions()
    {
        var items = _a.Exceptions;
        var slide = Slide("Exceptions");
        if (items.Count == 0) { slide.Text(Margin, ContentTop, ContentWidth, 0.6, new SlideText("No items are off track or overdue.", 18)); return; }

        var withPlan = items.Count(e => e.HasRecoveryPlan);
        var ecib = items.Count(e => e.EscalationLevel == EscalationLevel.Ecib);
        slide.Text(Margin, ContentTop, ContentWidth, 0.5, new SlideText(
            $"{PaperLabels.Count(items.Count, "item is", "items are")} off track or overdue at the month end; {withPlan} {(withPlan == 1 ? "has" : "have")} a recovery plan " +
            $"and {ecib} {(ecib == 1 ? "has" : "have")} been escalated to the ECIB.", 16, true));
        var byIsg = _a.ExceptionsByIsg ?? new ValueList<ExceptionSummary>(items.GroupBy(e => e.Isg ?? PaperLabels.Nothing).Select(g => new ExceptionSummary(
            g.Key, g.Count(), g.Count(e => e.DaysOverdue > 0), g.Max(e => e.DaysOverdue), g.Count(e => e.HasRecoveryPlan), g.Count(e => e.EscalationLevel == EscalationLevel.Ecib))));
        Column[] columns = [new("ISG", 30), new("Off track or overdue", 14), new("Of which overdue", 14), new("Longest overdue (days)", 14), new("With a recovery plan", 14), new("Escalated to the ECIB", 14)];
        var rows = byIsg.Select(e => ExceptionRow(e.Isg, e.Items, e.Overdue, e.LongestOverdueDays, e.WithRecoveryPlan, e.EscalatedToEcib, false)).ToList();
        rows.Add(ExceptionRow("Total", items.Count, byIsg.Sum(e => e.Overdue), byIsg.Select(e => e.LongestOverdueDays).DefaultIfEmpty(0).Max(), withPlan, ecib, true));
        slide.Table(Margin, ContentTop + 0.65, ContentWidth, columns, rows, name: "Exceptions by ISG");

        var longest = items.Where(e => e.DaysOverdue > 0).OrderByDescending(e => e.DaysOverdue).ThenBy(e => e.Reference, StringComparer.Ordinal).Take(LongestOverdue).ToList();
        if (longest.Count == 0) return;
        var next = Slide(longest.Count == 1 ? "Exceptions: the one item overdue" : $"Exceptions: the {longest.Count} longest overdue");
        Column[] itemColumns = [new("ISG", 14), new("Ref", 8), new("Item", 30), new("Owner", 13), new("Due", 10), new("Days late", 7), new("Recovery plan", 18)];
        next.Table(Margin, ContentTop, ContentWidth, itemColumns, longest.Select(e => (IReadOnlyList<Cell>)
        [
            e.Isg ?? PaperLabels.Nothing, e.Reference, Brief(e.Title, 70), e.Owner, PaperLabels.ShortDate(e.Due), PaperLabels.DaysOverdue(e.DaysOverdue),
            new Cell(Brief(e.RecoveryPlan, 60), Fill: e.HasRecoveryPlan ? null : "FAD7A0"),
        ]), rowHeight: 0.4, points: 11, name: "Longest overdue");
        next.Text(Margin, Height - 0.95, ContentWidth, 0.45, new SlideText(
            $"The full list of {PaperLabels.Count(items.Count, "item", "items")} off track or overdue, by ISG, is in the paper's appendix.", 12, false, PptxPackage.DarkGrey));
    }

    private static IReadOnlyList<Cell> ExceptionRow(string isg, int items, int overdue, int longest, int withPlan, int ecib, bool bold) =>
    [
        new(isg, bold), new(Number(items), bold), new(Number(overdue), bold), new(PaperLabels.DaysOverdue(longest), bold),
        new(Number(withPlan), bold, Fill: withPlan < items ? "FAD7A0" : null), new(Number(ecib), bold),
    ];

    private void Recommendation()
    {
        var slide = Slide("Recommendation");
        var lines = new List<SlideText> { new(paper.Recommendation, 18, true) };
        if (paper.RecommendationItems is { Count: > 0 } items)
            lines.AddRange(items.Select(i => new SlideText($"•  {PaperLabels.Of(i.Verb)} {Brief(i.Text, 400)}", 18)));
        slide.Text(Margin, ContentTop, ContentWidth, Height - ContentTop - 0.6, lines, shrink: true);
    }

    /// <summary>A new slide with its title, the rule under it and the footer.</summary>
    private PptxSlide Slide(string title)
    {
        var slide = new PptxSlide(presentation, layout, ++_slides);
        slide.Text(Margin, 0.3, ContentWidth, 0.8, [new(title, 28, true, PptxPackage.NhsBlue)], shrink: true, middle: true);
        slide.Band(Margin, 1.1, ContentWidth, 0.04, PptxPackage.NhsBlue);
        slide.Text(Margin, Height - 0.45, ContentWidth - 1, 0.35,
            new SlideText($"{paper.Situation.TrustName}: Quality Improvement Plan as at {PaperLabels.Date(_a.AsAt)}", 10, false, PptxPackage.DarkGrey));
        slide.Text(Width - Margin - 1, Height - 0.45, 1, 0.35, [new(_slides.ToString(CultureInfo.InvariantCulture), 10, false, PptxPackage.DarkGrey)], centred: true);
        return slide;
    }

    private byte[] Draw(TrajectoryChart chart, double width, double height, bool small)
    {
        var pixels = (int)Math.Round(width * PixelsPerInch);
        // A full-slide chart keeps the 600 px design; a half-slide one the small-multiple design (about 430 px).
        var scale = (float)(pixels / (small ? 430.0 : 600.0));
        return charts.RenderPng(chart, new ChartSize(pixels, (int)Math.Round(height * PixelsPerInch), scale));
    }

    private static IEnumerable<SlideText> Paragraphs(string text, int points) =>
        Brief(text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => new SlideText(p.Replace('\n', ' '), points));

    /// <summary>Text a slide can hold: long text is cut at a word and points to the paper, where it is in full.</summary>
    private static string Brief(string? text, int max = LongestSlideText)
    {
        var clean = PaperText.Printable(text);
        if (clean.Length <= max) return clean;
        var cut = clean.LastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = char.IsHighSurrogate(clean[max - 1]) ? max - 1 : max;
        return clean[..cut].TrimEnd() + " … (in full in the paper)";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
