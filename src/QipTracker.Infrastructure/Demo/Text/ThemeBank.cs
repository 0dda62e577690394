using static QipTracker.Infrastructure.Demo.Text.CauseText;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>What every finding on a theme may share: general root causes, follow-through actions, evidence and the KPI's measure.</summary>
internal static class ThemeBank
{
    public static ThemeText For(Theme theme) => Texts[theme];

    private static readonly Dictionary<Theme, ThemeText> Texts = new()
    {
        [Theme.Medicines] = new(
            [
                C("There is no regular audit of medicines practice in {place}, so lapses go unnoticed", "Start a monthly medicines audit with the ward pharmacist"),
                C("Pharmacy support to {place} was reduced and has not been restored", "Agree a pharmacy technician service level for the area"),
                C("Registered staff in {place} have had no medicines management training since induction", "Deliver medicines management refresher sessions to all registered staff"),
            ],
            ["Audit compliance weekly for 12 weeks and report to the Medicines Safety Group", "Share learning from medicines incidents at safety huddles"],
            [
                new("Pharmacy audit", "Twelve consecutive weekly audits at or above 95% compliance"),
                new("Medicines Safety Group minutes", "Audit results reviewed and closure agreed by the group"),
                new("Updated local medicines procedure", "Procedure approved by the Medicines Safety Group and briefed to staff"),
            ],
            "compliance with medicines safety standards"),

        [Theme.Deterioration] = new(
            [
                C("Too few staff in {place} have been trained to recognise and respond to deterioration", "Deliver deteriorating patient simulation training to all registered staff"),
                C("There is no regular audit of escalation in {place}, so delays are not identified", "Start a monthly escalation audit with feedback at the safety huddle"),
                C("Handover in {place} does not include a structured review of patients at risk", "Introduce a structured SBAR handover that includes patients at risk"),
            ],
            ["Audit monthly and feed back the results at the safety huddle", "Report compliance to the divisional quality meeting"],
            [
                new("Escalation audit", "Three months of audit showing at least 90% of patients escalated in line with policy"),
                new("Quality dashboard extract", "Standard met for over 90% of patients in the last quarter"),
                new("Training compliance report", "Training completed by 94% of registered staff"),
            ],
            "timely recognition and escalation of deteriorating patients"),

        [Theme.RiskAssessment] = new(
            [
                C("Agency and bank staff in {place} are not inducted on local safety checks", "Add local safety checks to the induction checklist for bank and agency staff"),
                C("No one audits completion of safety assessments in {place} or acts on the results", "Add safety assessment completion to the monthly ward accreditation audit"),
            ],
            ["Review compliance at the divisional quality meeting each month", "Share the results with staff at huddles"],
            [
                new("Risk assessment audit", "Completion above 95% for three consecutive months"),
                new("Ward accreditation results", "Safety checks standard met in every area sampled"),
                new("Observational audit report", "Practice observed in line with the standard in 19 of 20 cases"),
            ],
            "completion of required safety assessments"),

        [Theme.InfectionControl] = new(
            [
                C("The infection prevention link practitioner role in {place} has been vacant for months", "Appoint and train an infection prevention link practitioner"),
                C("Staff in {place} have had no infection prevention training since the pandemic", "Deliver infection prevention refresher training to all clinical staff"),
            ],
            ["Audit monthly with the infection prevention team", "Report results to the Infection Prevention and Control Committee"],
            [
                new("Validated hand hygiene audit", "Independent audits at or above 95% for three months"),
                new("Infection Prevention and Control Committee minutes", "Results reviewed and closure agreed by the committee"),
                new("Infection prevention team report", "No avoidable cross-infection incidents in the last quarter"),
            ],
            "compliance with infection prevention standards"),

        [Theme.Premises] = new(
            [
                C("The estates backlog for {place} has not been prioritised by patient safety risk", "Prioritise the estates backlog by patient safety risk"),
                C("There is no routine environmental walk-round of {place} by the estates team", "Start a monthly environmental walk-round with estates and the matron"),
            ],
            ["Review environmental risks at the divisional governance meeting"],
            [
                new("Estates sign-off", "Works completed and signed off by estates and the infection prevention team"),
                new("Environmental walk-round report", "Three monthly walk-rounds with no high-risk findings open"),
                new("Health and safety audit", "Standard met at re-audit"),
            ],
            "safety and suitability of the environment"),

        [Theme.Equipment] = new(
            [
                C("Equipment checks in {place} are not audited by the ward manager", "Add equipment checks to the monthly ward audit"),
            ],
            ["Audit equipment compliance monthly", "Report compliance to the Medical Devices Group"],
            [
                new("Equipment check audit", "Checks recorded on 98% of days over the last quarter"),
                new("Medical devices report", "All devices logged, with servicing in date for 97% of items"),
                new("Cleaning audit", "Equipment cleaning compliance above 95% for three months"),
            ],
            "equipment checks, servicing and cleaning"),

        [Theme.Records] = new(
            [
                C("There is no monthly documentation audit in {place}", "Start a monthly documentation audit with individual feedback"),
            ],
            ["Share audit results with staff at huddles and in one-to-ones"],
            [
                new("Documentation audit", "Standards met in over 90% of sampled records for three months"),
                new("Spot-check log", "No unsecured records found in twelve unannounced checks"),
            ],
            "quality of record keeping"),

        [Theme.Governance] = new(
            [
                C("The divisional governance meeting covering {place} is often not quorate", "Revise the governance meeting's terms of reference and membership"),
            ],
            ["Report progress to the divisional governance meeting monthly"],
            [
                new("Governance meeting minutes", "Three consecutive months of minutes showing risks, incidents and audits reviewed"),
                new("Governance tracker extract", "No actions overdue for two months"),
                new("Internal audit report", "Reasonable assurance on local governance"),
            ],
            "effectiveness of local governance"),

        [Theme.Staffing] = new(
            [
                C("Recruitment to {place} is slowed by a long vacancy control process", "Shorten vacancy approval to ten working days"),
            ],
            ["Report fill rates and red flags to the board monthly"],
            [
                new("Safe staffing report", "Fill rates above 95% for registered staff for three consecutive months"),
                new("Establishment review approved by the board", "Funded establishment increased in line with acuity"),
                new("Vacancy report", "Vacancy rate reduced from 18% to 9%"),
            ],
            "safe staffing fill rates"),

        [Theme.Training] = new(
            [
                C("Training compliance for {place} is not discussed at one-to-ones or team meetings", "Add training compliance to one-to-ones and the monthly team meeting"),
            ],
            ["Track compliance monthly at the divisional performance review"],
            [
                new("Training compliance report", "Compliance above 90% for three months"),
                new("Appraisal report", "Appraisal rate above 90%"),
                new("Learning management system extract", "Records reconciled and up to date"),
            ],
            "training and appraisal compliance"),

        [Theme.Safeguarding] = new(
            [
                C("Safeguarding is not a standing item at team meetings in {place}", "Add a safeguarding update to every team meeting"),
            ],
            ["Audit safeguarding referrals quarterly"],
            [
                new("Safeguarding audit", "Referrals made and followed up within timescale in 95% of cases sampled"),
                new("Safeguarding supervision log", "Supervision delivered to all eligible staff last quarter"),
            ],
            "timely safeguarding referrals"),

        [Theme.Consent] = new(
            [
                C("There is no audit of consent and capacity documentation in {place}", "Start a quarterly audit of consent, capacity and DNACPR records"),
            ],
            ["Report audit results to the Mental Capacity Act steering group"],
            [
                new("Consent and capacity audit", "Documentation meeting the standard in over 90% of records sampled"),
                new("DNACPR audit", "Discussions with patients or families documented in 95% of decisions"),
            ],
            "lawful consent and capacity documentation"),

        [Theme.Dignity] = new(
            [
                C("Patient feedback from {place} is not reviewed by the team", "Review patient feedback at the monthly team meeting"),
            ],
            ["Monitor patient experience monthly through the Friends and Family Test"],
            [
                new("Friends and Family Test results", "Positive responses up from 72% to 86% over three months"),
                new("Mixed-sex accommodation report", "No breaches reported for three months"),
                new("Patient experience audit", "Standard met for 9 of 10 patients asked"),
            ],
            "patients' experience of privacy and dignity"),

        [Theme.Flow] = new(
            [
                C("Daily board rounds in {place} do not include discharge planning", "Add discharge planning to the daily board round"),
            ],
            ["Report the flow measures to the ISG each sprint"],
            [
                new("Patient flow dashboard", "Twelve-hour waits reduced by 40% over three months"),
                new("Waiting list validation report", "All overdue patients clinically reviewed; no moderate or severe harm found"),
                new("Length of stay report", "Average length of stay down by 0.6 days"),
            ],
            "time patients spend waiting"),

        [Theme.CarePlanning] = new(
            [
                C("Care plans in {place} are not reviewed when a patient's condition changes", "Add care plan review to the daily safety huddle"),
            ],
            ["Audit care plans monthly and share the results"],
            [
                new("Care plan audit", "Personalised care plans in place for 90% of patients sampled"),
                new("Bereaved relatives survey", "Families saying wishes were followed up from 64% to 85%"),
                new("Patient experience audit", "Standard met for 9 of 10 patients asked"),
            ],
            "personalised care planning"),

        [Theme.Leadership] = new(
            [
                C("Board members have little visibility of frontline services", "Link each non-executive director to a clinical division"),
            ],
            ["Report progress to the Well-led ISG each month"],
            [
                new("Board minutes", "Progress reviewed and closure agreed by the board"),
                new("Well-led self-assessment", "Self-assessment rates the standard as met"),
            ],
            "board capacity and capability"),

        [Theme.Culture] = new(
            [
                C("Leaders do not visibly act on concerns raised by staff", "Publish 'you said, we did' updates each quarter"),
            ],
            ["Report progress to the People Committee each quarter"],
            [
                new("NHS Staff Survey results", "Staff who feel safe to speak up up by eight percentage points"),
                new("People Committee minutes", "Progress reviewed and closure agreed by the committee"),
            ],
            "staff confidence to speak up"),

        [Theme.BoardAssurance] = new(
            [
                C("Actions from board committees are not tracked to completion", "Introduce a board action log reviewed at each meeting"),
            ],
            ["Report progress to the Audit and Risk Committee"],
            [
                new("Board minutes", "Board assurance framework reviewed at three consecutive meetings"),
                new("Internal audit report", "Substantial assurance on the risk management framework"),
            ],
            "effectiveness of board assurance"),

        [Theme.Information] = new(
            [
                C("Staff do not trust the data in performance reports", "Run data quality workshops with divisional teams"),
            ],
            ["Report data quality to the Audit and Risk Committee"],
            [
                new("Integrated performance report", "Quality indicators shown as SPC charts with data quality ratings"),
                new("Data Security and Protection Toolkit", "Standards met and submitted"),
            ],
            "timeliness and quality of information"),

        [Theme.Engagement] = new(
            [
                C("Engagement activity is not co-ordinated across the trust", "Appoint a head of engagement to co-ordinate activity"),
            ],
            ["Report engagement activity to the board each quarter"],
            [
                new("Engagement strategy approved by the board", "Strategy co-produced with patient partners"),
                new("Pulse survey results", "Staff engagement score up for two consecutive quarters"),
            ],
            "patient and staff engagement"),

        [Theme.Learning] = new(
            [
                C("Improvement work is not reported to the board", "Report improvement work to the Quality Committee each quarter"),
            ],
            ["Report progress to the Quality Committee each quarter"],
            [
                new("Quality improvement training report", "Over 300 staff trained in the improvement method"),
                new("Learning from deaths report", "Structured judgement reviews completed within timescale for 90% of deaths"),
            ],
            "spread of learning and improvement"),
    };
}
