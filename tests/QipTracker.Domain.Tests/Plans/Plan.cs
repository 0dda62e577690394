using QipTracker.Domain.Kpis;
using QipTracker.Domain.Plans;

namespace QipTracker.Domain.Tests.Plans;

/// <summary>Real-looking plan data for the rules under test: one trust, its ISG, owner and chair.</summary>
internal static class Plan
{
    public static readonly Guid Trust = Guid.Parse("6f1c2a7e-0000-4000-8000-000000000001");
    public static readonly Guid OtherTrust = Guid.Parse("6f1c2a7e-0000-4000-8000-000000000002");
    public static readonly Guid Isg = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000a1");
    public static readonly Guid Owner = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000b1");
    public static readonly Guid Chair = Guid.Parse("6f1c2a7e-0000-4000-8000-0000000000c1");
    public static readonly DateOnly Baseline = new(2026, 6, 30);
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 15, 0, TimeSpan.Zero);

    public static RootCause RootCause(string reference = "RC-17.1") =>
        new(Trust, reference, "No hourly fresh-eyes CTG review on the labour ward.", Owner, Isg, Baseline);

    public static Finding Finding(FindingKind kind, string reference = "MD-17", Guid? trust = null) =>
        new(trust ?? Trust, reference, "The trust must ensure CTG monitoring is reviewed hourly.", kind, Isg);

    public static Evidence NoteFor(RootCause rootCause) =>
        Evidence.Note(rootCause.TrustId, rootCause.Id, "CTG audit March", "94% of hourly reviews done in March", Owner, Now);

    /// <summary>A root cause in progress with evidence attached and marked completed on 2026-05-20.</summary>
    public static RootCause Completed()
    {
        var rootCause = RootCause();
        rootCause.Start();
        rootCause.AddEvidence(NoteFor(rootCause));
        rootCause.MarkCompleted(new DateOnly(2026, 5, 20));
        return rootCause;
    }

    public static RootCause Assured()
    {
        var rootCause = Completed();
        rootCause.Assure(Chair, byChairOrPmo: true, new DateOnly(2026, 5, 28));
        return rootCause;
    }

    /// <summary>The embedding rule's verdict that the KPI has held the improvement.</summary>
    public static readonly SustainVerdict Sustained = new(true, "its KPI CTG-1 has held the improvement for the last 3 periods since completion.");

    public static RootCause Embedded()
    {
        var rootCause = Assured();
        rootCause.Embed(Sustained, new DateOnly(2026, 8, 31));
        return rootCause;
    }
}
