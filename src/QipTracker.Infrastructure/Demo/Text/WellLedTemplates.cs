using static QipTracker.Infrastructure.Demo.Text.CauseText;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// Well-led findings by KLOE: W1 leadership, W2 vision and strategy, W3 culture, W4 governance,
/// W5 risks, issues and performance, W6 information, W7 engagement, W8 learning and improvement.
/// </summary>
internal static class WellLedTemplates
{
    public static readonly IReadOnlyList<WellLedTemplate> All =
    [
        new("ensure that the board has the capacity and capability to lead the organisation, with clear executive portfolios and succession plans",
            Theme.Leadership, "W1", "W1.1", Regulations.GoodGovernance,
            [
                C("Several executive posts are held on an interim basis and portfolios overlap", "Recruit substantively to the interim executive posts"),
                C("There is no board development programme or succession plan", "Commission an externally facilitated board development programme"),
            ]),
        new("ensure that Fit and Proper Persons checks are completed and recorded for all board members",
            Theme.Leadership, "W1", "W1.3", Regulations.FitAndProper,
            [
                C("Fit and proper persons records are incomplete and are not checked annually", "Complete fit and proper persons checks for every director and set an annual review"),
                C("The company secretary's office has no system to track directors' checks", "Introduce a directors' register with automatic renewal reminders"),
            ]),
        new("ensure that leaders are visible and approachable, and that ward-to-board assurance on quality is effective",
            Theme.Leadership, "W1", "W1.2", Regulations.GoodGovernance,
            [
                C("Executive visits to clinical areas are ad hoc and what they find is not followed up", "Introduce a programme of executive quality walk-rounds with tracked actions"),
                C("Ward-to-board reporting relies on narrative, with no agreed quality indicators", "Agree a ward-to-board quality dashboard"),
            ]),
        new("develop a clinical strategy with staff, patients and partners, with measurable objectives aligned to the local health system",
            Theme.Leadership, "W2", "W2.1", Regulations.GoodGovernance,
            [
                C("The clinical strategy has expired and no replacement has been developed", "Co-produce a five-year clinical strategy with staff, patients and system partners"),
                C("Divisional plans are not linked to the trust's strategic objectives", "Align divisional business plans with the strategic objectives"),
            ]),
        new("ensure that staff can raise concerns without fear of reprisal and that the Freedom to Speak Up Guardian is adequately resourced",
            Theme.Culture, "W3", "W3.3", Regulations.GoodGovernance,
            [
                C("Staff fear repercussions when raising concerns, as the staff survey shows", "Launch a speaking-up campaign led by the chief executive"),
                C("The Freedom to Speak Up Guardian has one day a week for the whole trust", "Increase Freedom to Speak Up Guardian time and recruit champions"),
            ]),
        new("take action to address bullying and harassment reported by staff, including in the NHS Staff Survey",
            Theme.Culture, "W3", "W3.2", Regulations.GoodGovernance,
            [
                C("Bullying and harassment cases are handled slowly and inconsistently", "Introduce an employee relations case tracker with timescales"),
                C("Leaders have not been trained to tackle incivility", "Launch a civility and respect programme for senior leaders"),
            ]),
        new("ensure that the duty of candour is applied consistently and that compliance is monitored",
            Theme.Culture, "W3", "W3.5", Regulations.DutyOfCandour,
            [
                C("Duty of candour letters are sent late and compliance is not monitored", "Add duty of candour compliance to the monthly quality report"),
                C("Staff are unsure when the duty of candour applies", "Deliver duty of candour training to consultants and senior nurses"),
            ]),
        new("ensure that governance processes operate effectively at every level, so that the board receives timely and accurate assurance about the quality and safety of services",
            Theme.BoardAssurance, "W4", "W4.2", Regulations.GoodGovernance,
            [
                C("Board committees receive long reports with little assurance and no clear escalation", "Introduce an 'alert, advise, assure' escalation report for each committee"),
                C("Divisional governance is inconsistent, so quality risks do not reach the board", "Standardise divisional governance meetings and reports"),
            ]),
        new("review the terms of reference of board committees and ensure that committees escalate risks to the board effectively",
            Theme.BoardAssurance, "W4", "W4.1", Regulations.GoodGovernance,
            [
                C("Committee terms of reference have not been reviewed for three years", "Refresh committee terms of reference and approve them at the board"),
                C("Board committees do not review their own effectiveness", "Carry out an annual effectiveness review of each committee"),
            ]),
        new("ensure that the board assurance framework and risk registers reflect current risks, with timely mitigation and review",
            Theme.BoardAssurance, "W5", "W5.1", Regulations.GoodGovernance,
            [
                C("The board assurance framework has not been refreshed against the strategic objectives", "Refresh the board assurance framework and review it at every board meeting"),
                C("Risks are scored inconsistently across divisions", "Train risk owners in the trust risk scoring matrix"),
            ]),
        new("ensure that the impact on quality of financial and operational decisions is assessed and monitored",
            Theme.BoardAssurance, "W5", "W5.4", Regulations.GoodGovernance,
            [
                C("Quality impact assessments of savings schemes are not reviewed by the medical director and chief nurse", "Set up a quality impact assessment panel for savings schemes"),
                C("The effect of savings schemes on quality is not monitored after approval", "Monitor quality indicators for each approved scheme quarterly"),
            ]),
        new("ensure that performance and quality information is accurate, timely and used to drive improvement, with data quality assured",
            Theme.Information, "W6", "W6.1", Regulations.GoodGovernance,
            [
                C("Quality data is assembled by hand for each meeting and is often out of date", "Build an automated quality dashboard from the data warehouse"),
                C("There is no data quality assurance of the integrated performance report", "Introduce a data quality rating for each indicator"),
            ]),
        new("ensure that information governance breaches are reported and investigated, and that staff complete data security training",
            Theme.Information, "W6", "W6.4", Regulations.GoodGovernance,
            [
                C("Information governance incidents are under-reported", "Relaunch information governance incident reporting"),
                C("Data security training compliance is below the 95% target", "Send weekly data security training reminders and report compliance by division"),
            ]),
        new("engage with patients, carers and the public, including seldom-heard groups, so that their views shape how services are planned and improved",
            Theme.Engagement, "W7", "W7.1", Regulations.GoodGovernance,
            [
                C("There is no patient and public engagement strategy", "Co-produce a patient and public engagement strategy"),
                C("Seldom-heard groups are not represented on patient panels", "Recruit patient partners from seldom-heard communities"),
            ]),
        new("improve staff engagement by acting on the results of the NHS Staff Survey and quarterly pulse surveys",
            Theme.Engagement, "W7", "W7.2", Regulations.GoodGovernance,
            [
                C("Staff survey results are not shared with teams or used to set actions", "Share staff survey results with every team and agree local actions"),
                C("There is no regular staff pulse survey", "Introduce quarterly staff pulse surveys"),
            ]),
        new("adopt a trust-wide quality improvement method, with staff trained and supported to lead improvement",
            Theme.Learning, "W8", "W8.1", Regulations.GoodGovernance,
            [
                C("There is no single quality improvement method, so projects are not joined up", "Adopt a trust-wide quality improvement method and train improvement coaches"),
                C("Staff have no protected time for improvement work", "Fund protected improvement time for ward leaders"),
            ]),
        new("ensure that mortality reviews are completed and that learning from deaths is reported to the board",
            Theme.Learning, "W8", "W8.2", Regulations.GoodGovernance,
            [
                C("Structured judgement reviews of deaths are not completed within the expected timescale", "Increase structured judgement review capacity"),
                C("Learning from deaths is not reported to the board", "Report learning from deaths to the board quarterly"),
            ]),
        new("embed the Patient Safety Incident Response Framework so that learning from incidents is shared across divisions",
            Theme.Learning, "W8", "W8.3", Regulations.GoodGovernance,
            [
                C("Learning from incidents stays in the division where it happened", "Set up a trust-wide learning forum under the Patient Safety Incident Response Framework"),
                C("The patient safety incident response plan has not been agreed with the integrated care board", "Agree the patient safety incident response plan with the integrated care board"),
            ]),
    ];
}
