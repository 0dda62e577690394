namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>The short narratives owners and chairs write: why dates slip, why work reopened, progress notes.</summary>
internal static class NarrativeBank
{
    public static readonly string[] SlipReasons =
    [
        "recruitment to the vacant band 7 post took longer than planned",
        "estates work was delayed by the supply of materials",
        "the digital change is queued behind the electronic patient record upgrade",
        "audit results were below the 95% target for two consecutive months",
        "training capacity was reduced by winter pressures",
        "the business case is awaiting approval at the Finance and Performance Committee",
        "the clinical lead was on long-term leave",
        "industrial action meant training sessions were cancelled",
    ];

    public static readonly string[] ReopenReasons =
    [
        "Re-audit showed compliance had fallen to 78%, below the 95% target.",
        "Two further incidents of the same type were reported after closure.",
        "The KPI fell below target for two consecutive months.",
        "A spot check by the ISG chair found the new process was not followed on night shifts.",
        "The CQC engagement visit found the same issue in a neighbouring ward.",
    ];

    public static readonly string[] InProgressNotes =
    [
        "Started; first meeting held with the ward manager and practice educator.",
        "About half complete; remaining areas scheduled over the next sprint.",
        "Draft shared with the divisional governance meeting for comment.",
        "Awaiting sign-off from the divisional director.",
        "Pilot running on one ward; results due at the next ISG.",
        "Procurement order raised; delivery date confirmed.",
    ];

    public static readonly string[] DoneNotes =
    [
        "Complete; confirmed at the ISG.",
        "Complete and communicated to all staff at huddles.",
        "Complete; first audit cycle results attached to the root cause.",
        "Complete; now business as usual and monitored monthly.",
    ];

    public const string CancelledNote = "No longer needed: covered by the trust-wide action agreed at ECIB.";
}
