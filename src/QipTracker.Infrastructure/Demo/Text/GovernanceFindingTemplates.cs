using QipTracker.Domain.Plans;
using static QipTracker.Infrastructure.Demo.Text.CauseText;
using static QipTracker.Infrastructure.Demo.Text.CoreServices;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>Findings about records, local governance, staffing and training.</summary>
internal static class GovernanceFindingTemplates
{
    private static readonly string[] Everywhere = [Uec, Maternity, Medicine, Surgery, Children, CriticalCare, EndOfLife, Outpatients];

    public static readonly IReadOnlyList<FindingTemplate> All =
    [
        // Records
        new("ensure that patient records are accurate, complete, contemporaneous and stored securely in {place}",
            Theme.Records, CqcDomain.Safe, Regulations.GoodGovernance, Everywhere,
            [
                C("{place} uses a mix of paper and electronic records, so information is split and missed", "Move the remaining paper documentation to the electronic patient record"),
                C("Notes trolleys in {place} are left unlocked in corridors", "Fit lockable notes trolleys and carry out spot checks"),
                C("Record-keeping standards are not covered in local induction for {place}", "Add record-keeping standards to local induction"),
            ]),
        new("ensure that records of patients' fluid balance and food intake are completed accurately in {place}",
            Theme.Records, CqcDomain.Effective, Regulations.Nutrition, [Medicine, Surgery, CriticalCare, EndOfLife],
            [
                C("Fluid balance and food charts in {place} are not totalled or reviewed at handover", "Add fluid and nutrition review to the handover template"),
                C("Healthcare assistants in {place} have not been trained to complete fluid balance charts", "Train healthcare assistants in fluid balance recording"),
                C("Paper charts in {place} go missing between shifts", "Move fluid and food charts to the electronic record"),
            ]),

        // Local governance
        new("ensure that incidents are reported and investigated in a timely way, and that learning is shared with staff in {place}",
            Theme.Governance, CqcDomain.Safe, Regulations.GoodGovernance, Everywhere,
            [
                C("Incident investigations in {place} are not tracked, so many run past their deadline", "Set up a weekly incident review meeting with a tracker of open investigations"),
                C("Learning from incidents in {place} is not fed back to frontline staff", "Publish a monthly 'learning from incidents' bulletin and discuss it at huddles"),
                C("Staff in {place} say that reporting an incident takes too long", "Introduce a shorter incident reporting form"),
            ]),
        new("ensure that local audits are completed and the results used to improve the quality and safety of care in {place}",
            Theme.Governance, CqcDomain.Effective, Regulations.GoodGovernance, Everywhere,
            [
                C("The local audit programme for {place} has no owner", "Agree an annual audit programme with named leads"),
                C("Audit results for {place} are not reported to the divisional governance meeting", "Report audit results quarterly to the divisional governance meeting"),
                C("Actions arising from audits in {place} are not followed up", "Track audit actions to completion on the governance tracker"),
            ]),
        new("ensure that policies and clinical guidelines used in {place} are in date and based on current national guidance",
            Theme.Governance, CqcDomain.Effective, Regulations.GoodGovernance, Everywhere,
            [
                C("Many guidelines used in {place} have passed their review date, with no system to flag them", "Review all out-of-date guidelines and set automatic review reminders"),
                C("Guidelines for {place} are kept in several places, so staff use old copies", "Move all guidelines to one intranet library and withdraw paper copies"),
                C("No one has protected time to update guidelines for {place}", "Give a named consultant and senior nurse protected time for guideline review"),
            ]),
        new("ensure that the risk register for {place} reflects current risks and that mitigations are reviewed regularly",
            Theme.Governance, CqcDomain.WellLed, Regulations.GoodGovernance, Everywhere,
            [
                C("The risk register for {place} is not reviewed at the divisional governance meeting", "Review the risk register at every divisional governance meeting"),
                C("Risks for {place} are scored inconsistently and some have no owner", "Train risk owners in the trust risk scoring matrix and give every risk an owner"),
                C("Mitigating actions on the risk register for {place} have no due dates", "Add owners and due dates to every mitigating action"),
            ]),
        new("ensure that complaints about {place} are acknowledged and responded to within the timescales in the trust's policy",
            Theme.Governance, CqcDomain.Responsive, Regulations.Complaints, Everywhere,
            [
                C("Complaint responses for {place} wait for clinical input, with no escalation when they are late", "Introduce a complaints tracker with escalation at day 20"),
                C("Complaints about {place} are not discussed with the team, so themes are missed", "Review complaint themes at the monthly team meeting"),
                C("The complaints team covering {place} has two vacancies", "Recruit to the complaints team vacancies"),
            ]),

        // Staffing (answered by the Workforce ISG)
        new("ensure that there are sufficient numbers of suitably qualified, competent and experienced nursing staff to meet patients' needs in {place}",
            Theme.Staffing, CqcDomain.Safe, Regulations.Staffing, [Uec, Medicine, Surgery, Children, CriticalCare],
            [
                C("The nursing establishment for {place} was set before activity grew and has not been reviewed against acuity", "Review the nursing establishment with the Safer Nursing Care Tool"),
                C("High vacancy rates in {place} are covered by short-notice bank and agency shifts", "Run a targeted recruitment campaign, including international recruitment"),
                C("There is no escalation when shifts in {place} fall below safe staffing levels", "Introduce twice-daily staffing huddles with red-flag escalation"),
            ], SafetyCritical: true),
        new("ensure that midwifery staffing in {place} meets the assessed acuity of women and that one-to-one care in labour is provided",
            Theme.Staffing, CqcDomain.Safe, Regulations.Staffing, [Maternity],
            [
                C("Midwifery staffing for {place} has not been reviewed with Birthrate Plus since births rose", "Commission a Birthrate Plus review and fund the shortfall"),
                C("Midwives are moved to cover other areas, leaving {place} short", "Agree a maternity escalation policy that protects one-to-one care in labour"),
                C("The acuity tool in {place} is completed inconsistently, so shortfalls are not escalated", "Complete the acuity tool every four hours and report red flags daily"),
            ], SafetyCritical: true,
            Places: ["the delivery suite", "the midwife-led birth centre"]),
        new("ensure that consultant presence in {place} meets national standards, including out of hours",
            Theme.Staffing, CqcDomain.Safe, Regulations.Staffing, [Uec, Maternity, Children, CriticalCare],
            [
                C("Consultant job plans do not cover evenings and weekends in {place}", "Agree consultant job plans that extend presence into evenings and weekends"),
                C("Two consultant posts in {place} are vacant and covered by locums", "Recruit to the consultant vacancies"),
                C("Out of hours, the on-call consultant for {place} covers two sites", "Separate the out-of-hours consultant rota for each site"),
            ]),

        // Training (answered by the Workforce ISG)
        new("ensure that staff in {place} complete mandatory training, including basic and immediate life support, to the trust's target",
            Theme.Training, CqcDomain.Safe, Regulations.Staffing, Everywhere,
            [
                C("Staff in {place} cannot be released for training because of staffing pressures", "Protect training time on the rota for each member of staff"),
                C("Face-to-face life support courses are fully booked months ahead", "Commission additional life support courses, including evening sessions"),
                C("Training records for {place} are held in two systems that do not match", "Reconcile training records in the learning management system"),
            ]),
        new("ensure that all staff in {place} receive an annual appraisal",
            Theme.Training, CqcDomain.Effective, Regulations.Staffing, Everywhere,
            [
                C("Appraisals in {place} are not scheduled and are cancelled when the area is busy", "Schedule all appraisals for the year and track completion monthly"),
                C("Too few staff in {place} are trained to carry out appraisals", "Train band 6 staff as appraisers"),
                C("Managers in {place} do not receive appraisal compliance reports for their teams", "Send monthly appraisal compliance reports to each manager"),
            ]),
        new("ensure that staff caring for children in {place} hold paediatric life support training",
            Theme.Training, CqcDomain.Safe, Regulations.Staffing, [Uec, Surgery, Children],
            [
                C("Paediatric life support is missing from the training needs analysis for staff in {place}", "Add paediatric life support to the training needs analysis for the area"),
                C("There are too few paediatric life support instructors to train staff in {place}", "Train four more paediatric life support instructors"),
            ], Places: ["the emergency department", "the day surgery unit", "the children's ward", "the paediatric emergency department"]),
        new("ensure that staff in {place} complete safeguarding adults and children training at the level required for their role",
            Theme.Training, CqcDomain.Safe, Regulations.Safeguarding, Everywhere,
            [
                C("Safeguarding training levels for staff in {place} are not matched to their roles", "Map every role to the intercollegiate safeguarding training level"),
                C("Level 3 safeguarding training is only offered face to face, with few dates", "Offer level 3 safeguarding training online as well as face to face"),
            ]),
    ];
}
