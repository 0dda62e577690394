using QipTracker.Domain.Plans;
using static QipTracker.Infrastructure.Demo.Text.CauseText;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>What the Section 31 conditions and the Section 29A warning notice require of the trust.</summary>
internal static class NoticeRequirements
{
    private static readonly string General = DemoTrustProfile.Sites[0];

    public const string Section31Summary =
        "Conditions imposed on the regulated activity of maternity and midwifery services at Northbridge General Hospital: " +
        "every woman attending maternity triage to be assessed by a midwife within 15 minutes using a recognised triage system, " +
        "hourly 'fresh eyes' review of CTG traces, and a weekly report to CQC of triage times and midwifery staffing.";

    public const string Section29ASummary =
        "Warning notice: the trust's governance systems did not operate effectively to assess, monitor and mitigate risks in the " +
        "emergency department or give the board oversight of patient safety. Significant improvement required.";

    public static readonly IReadOnlyList<NoticeRequirement> All =
    [
        new("S31-1", NoticeKind.Section31Conditions,
            "The registered provider must ensure that every woman attending maternity triage at Northbridge General Hospital is assessed by a midwife within 15 minutes of arrival using a recognised triage system.",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, CoreServices.Maternity, General, "maternity triage", DemoTrustProfile.WomenAndChildren, SafetyUrgent: true,
            Causes:
            [
                C("Maternity triage relies on one midwife with no cover at peak times", "Roster a second triage midwife from 8am to 10pm"),
                C("A recognised triage system (BSOTS) is not used in maternity triage", "Implement the Birmingham Symptom-specific Obstetric Triage System"),
            ]),
        new("S31-2", NoticeKind.Section31Conditions,
            "The registered provider must ensure that CTG traces on the delivery suite at Northbridge General Hospital are reviewed hourly with a 'fresh eyes' check by a second midwife or obstetrician.",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, CoreServices.Maternity, General, "the delivery suite", DemoTrustProfile.WomenAndChildren, SafetyUrgent: true,
            Causes:
            [
                C("Hourly 'fresh eyes' reviews on the delivery suite are missed when the unit is busy", "Make the fresh eyes review a timed prompt in the electronic maternity record"),
                C("There is no fetal monitoring lead to audit CTG interpretation", "Appoint a fetal monitoring lead midwife with protected time"),
            ]),
        new("S31-3", NoticeKind.Section31Conditions,
            "The registered provider must send CQC a weekly report of maternity triage waiting times, midwifery staffing against acuity and the actions taken when standards are not met.",
            Theme.Staffing, CqcDomain.Safe, Regulations.Staffing, CoreServices.Maternity, General, "maternity services", DemoTrustProfile.WomenAndChildren, SafetyUrgent: false,
            Causes:
            [
                C("Maternity triage times and staffing are not recorded in a form that can be reported", "Build a weekly maternity safety report with the information team"),
                C("Midwifery staffing has not been reviewed with Birthrate Plus since births rose", "Commission a Birthrate Plus review and fund the shortfall"),
            ]),
        new("S29A-1", NoticeKind.Section29AWarning,
            "The trust must ensure that there are effective systems to assess, monitor and mitigate the risks to patients waiting in the emergency department at Northbridge General Hospital, including patients waiting more than 12 hours.",
            Theme.Flow, CqcDomain.Safe, Regulations.GoodGovernance, CoreServices.Uec, General, "the emergency department", DemoTrustProfile.UnscheduledCare, SafetyUrgent: true,
            Causes:
            [
                C("There is no escalation when patients in the emergency department have waited more than 12 hours", "Agree a 12-hour wait escalation to the site manager and executive on call"),
                C("Risks to patients waiting in the emergency department are not assessed at each handover", "Introduce a safety checklist for every patient waiting over four hours"),
            ]),
        new("S29A-2", NoticeKind.Section29AWarning,
            "The trust must ensure that serious incidents in the emergency department are investigated in a timely way and that learning is acted on.",
            Theme.Governance, CqcDomain.Safe, Regulations.GoodGovernance, CoreServices.Uec, General, "the emergency department", DemoTrustProfile.UnscheduledCare, SafetyUrgent: false,
            Causes:
            [
                C("Serious incident investigations in the emergency department are not tracked, so many run past their deadline", "Set up a weekly incident review meeting with a tracker of open investigations"),
                C("Actions from investigations in the emergency department are not checked for completion", "Track investigation actions to completion on the governance tracker"),
            ]),
        new("S29A-3", NoticeKind.Section29AWarning,
            "The trust must ensure that the board receives accurate and timely information about patient safety risks, including those in maternity and urgent and emergency care.",
            Theme.BoardAssurance, CqcDomain.WellLed, Regulations.GoodGovernance, null, null, null, DemoTrustProfile.WellLed, SafetyUrgent: false,
            Causes:
            [
                C("Board committees receive long reports with little assurance and no clear escalation", "Introduce an 'alert, advise, assure' escalation report for each committee"),
                C("The board does not receive maternity and urgent care safety data monthly", "Add maternity and urgent care safety dashboards to every public board meeting"),
            ],
            Kloe: "W4", Prompt: "W4.2"),
        new("S29A-4", NoticeKind.Section29AWarning,
            "The trust must ensure that the risk register is accurate and that mitigations for high risks are in place and monitored by the responsible committee.",
            Theme.BoardAssurance, CqcDomain.WellLed, Regulations.GoodGovernance, null, null, null, DemoTrustProfile.WellLed, SafetyUrgent: false,
            Causes:
            [
                C("High risks on the corporate risk register have mitigations with no owners or dates", "Give every high risk a mitigation plan with owners and dates"),
                C("The responsible committees do not review their high risks", "Review high risks at each committee and escalate to the board"),
            ],
            Kloe: "W5", Prompt: "W5.1"),
    ];
}
