using QipTracker.Domain.Plans;
using static QipTracker.Infrastructure.Demo.Text.CauseText;
using static QipTracker.Infrastructure.Demo.Text.CoreServices;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>Findings about keeping patients safe day to day: medicines, deterioration, safety checks, infection, premises, equipment.</summary>
internal static class SafetyFindingTemplates
{
    private static readonly string[] Wards = [Uec, Maternity, Medicine, Surgery, Children, CriticalCare];
    private static readonly string[] Everywhere = [Uec, Maternity, Medicine, Surgery, Children, CriticalCare, EndOfLife, Outpatients];

    public static readonly IReadOnlyList<FindingTemplate> All =
    [
        // Medicines
        new("ensure that fridge temperatures for medicines are checked and recorded daily in {place}, and that staff act when a reading is out of range",
            Theme.Medicines, CqcDomain.Safe, Regulations.SafeCare, Wards,
            [
                C("Fridge temperature checks in {place} are not allocated to anyone on the shift", "Allocate daily fridge checks to a named nurse on each shift and add them to the safety huddle"),
                C("Medicine fridges in {place} have no data loggers, so overnight excursions go unseen", "Fit wireless temperature data loggers to every medicine fridge"),
                C("Staff in {place} do not know what to do when a fridge reading is out of range", "Put an out-of-range flowchart on each fridge and brief all staff"),
            ]),
        new("ensure that controlled drugs are stored, checked and recorded in line with trust policy and national guidance in {place}",
            Theme.Medicines, CqcDomain.Safe, Regulations.SafeCare, Wards,
            [
                C("Controlled drug checks in {place} are skipped when the area is busy, with no escalation", "Make the twice-daily controlled drug check a protected task, escalated to the nurse in charge if missed"),
                C("The controlled drug register in {place} is an old paper format that is hard to audit", "Replace registers with the current pre-numbered format"),
                C("Pharmacy audits controlled drugs in {place} once a year rather than every quarter", "Move to quarterly pharmacy controlled drug audits"),
            ], SafetyCritical: true),
        new("ensure that patients' allergies are recorded before medicines are prescribed or given in {place}",
            Theme.Medicines, CqcDomain.Safe, Regulations.SafeCare, [Uec, Medicine, Surgery, Children],
            [
                C("The electronic prescribing system lets prescribers in {place} skip the allergy field", "Make allergy status mandatory before the first prescription"),
                C("Allergy status is not confirmed at medicines reconciliation for patients admitted through {place}", "Add allergy confirmation to the pharmacy medicines reconciliation checklist"),
                C("Red allergy wristbands are not used consistently in {place}", "Stock red wristbands in every admission area and audit their use"),
            ], SafetyCritical: true),
        new("ensure that medicines are stored securely and that emergency medicines are in date in {place}",
            Theme.Medicines, CqcDomain.Safe, Regulations.SafeCare, Everywhere,
            [
                C("Treatment room doors in {place} are propped open because the keypad locks are faulty", "Repair keypad locks and fit self-closing doors"),
                C("No one in {place} is responsible for expiry-date checks of emergency medicines", "Add emergency medicines to the weekly expiry check with a named owner"),
                C("Medicines cupboards in {place} are too small, so stock is kept on open shelves", "Install additional lockable medicine cabinets"),
            ]),
        new("ensure that time-critical medicines, including those for Parkinson's disease, are given on time and that omitted doses are escalated in {place}",
            Theme.Medicines, CqcDomain.Safe, Regulations.SafeCare, [Uec, Medicine, Surgery],
            [
                C("Time-critical medicines are not flagged on the electronic drug chart in {place}", "Configure time-critical flags and alerts in electronic prescribing"),
                C("Medicine rounds in {place} clash with ward rounds and handover", "Reschedule medicine rounds and protect them from interruptions"),
                C("Omitted doses in {place} are not reviewed, so patterns are not spotted", "Review omitted doses weekly with the ward pharmacist"),
            ]),

        // Deterioration and escalation
        new("ensure that early warning scores are calculated correctly and that deteriorating patients are escalated promptly in {place}",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, [Uec, Medicine, Surgery, Children, Maternity],
            [
                C("Early warning scores in {place} are added up by hand and errors are not picked up", "Move observations to the electronic system so that scores calculate automatically"),
                C("The escalation pathway for a rising score in {place} is unclear out of hours", "Publish an out-of-hours escalation flowchart and brief all staff"),
                C("Observations in {place} are often recorded late, after the round is finished", "Provide handheld devices for recording observations at the bedside"),
            ], SafetyCritical: true),
        new("ensure that patients with suspected sepsis are screened and receive antibiotics within one hour in {place}",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, [Uec, Medicine, Children, Maternity],
            [
                C("Sepsis screening is not prompted in the triage and admission documentation used in {place}", "Add a sepsis screening prompt to triage and admission documentation"),
                C("First-dose antibiotics are not stocked in {place}, so treatment waits for pharmacy", "Stock first-dose antibiotics in an automated cabinet in the area"),
                C("There is no sepsis lead in {place} to review cases and feed back", "Appoint a sepsis link nurse and review every case monthly"),
            ], SafetyCritical: true),
        new("ensure that every patient is triaged by a qualified clinician within 15 minutes of arrival in {place}",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, [Uec, Maternity, Children],
            [
                C("Triage in {place} relies on one clinician with no cover at peak times", "Roster a second triage clinician from 10am to 10pm"),
                C("Arrival in {place} is recorded at registration rather than at the door, so waits are hidden", "Record arrival at the front door and display live triage times"),
                C("There is no escalation when the wait for triage in {place} passes 15 minutes", "Introduce a 15-minute triage breach escalation to the nurse in charge"),
            ], SafetyCritical: true,
            Places: ["the emergency department", "the paediatric emergency department", "maternity triage", "the paediatric assessment unit"]),
        new("ensure that cardiotocograph (CTG) traces are reviewed with an hourly 'fresh eyes' check in line with national guidance in {place}",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, [Maternity],
            [
                C("Hourly 'fresh eyes' reviews in {place} are missed when the unit is busy", "Make the fresh eyes review a timed prompt in the electronic maternity record"),
                C("Not all midwives and obstetricians working in {place} have completed annual fetal monitoring training", "Deliver fetal monitoring training and competency assessment to all midwives and obstetricians"),
                C("There is no fetal monitoring lead to audit CTG interpretation in {place}", "Appoint a fetal monitoring lead midwife with protected time"),
            ], SafetyCritical: true,
            Places: ["the delivery suite", "maternity triage", "the midwife-led birth centre"]),
        new("ensure that patients awaiting a bed in {place} receive regular observations, pressure area care and food and drink",
            Theme.Deterioration, CqcDomain.Safe, Regulations.SafeCare, [Uec],
            [
                C("Patients waiting for a bed in {place} are not allocated to a named nurse", "Allocate a named nurse to every patient waiting for a bed"),
                C("Care rounds for patients waiting in {place} are not scheduled or recorded", "Introduce two-hourly care rounds with a care rounding chart"),
                C("No meals are ordered for patients waiting in {place}", "Agree a meal service with catering for patients waiting in the department"),
            ], Places: ["the emergency department", "the clinical decision unit"]),

        // Risk assessments and safety checks
        new("ensure that falls and pressure ulcer risk assessments are completed on admission and reviewed in line with policy in {place}",
            Theme.RiskAssessment, CqcDomain.Safe, Regulations.SafeCare, [Medicine, Surgery, EndOfLife],
            [
                C("Falls and pressure ulcer assessments in {place} are on paper and are not prompted when they fall due", "Build falls and pressure ulcer assessments into the electronic record with reminders"),
                C("There are too few pressure-relieving mattresses and low beds for {place}", "Buy additional pressure-relieving mattresses and low-rise beds"),
                C("Reassessment after a fall or a change in condition is not part of the routine in {place}", "Add reassessment triggers to the post-falls protocol"),
            ]),
        new("ensure that venous thromboembolism (VTE) risk assessments are completed within 14 hours of admission in {place}",
            Theme.RiskAssessment, CqcDomain.Safe, Regulations.SafeCare, [Medicine, Surgery, Maternity],
            [
                C("The VTE risk assessment is not a mandatory step in admission clerking in {place}", "Make VTE assessment a mandatory step in electronic clerking"),
                C("VTE assessments are not repeated at 24 hours in {place}", "Add a 24-hour VTE reassessment prompt"),
                C("VTE compliance for {place} is not shared with the clinical teams", "Share monthly VTE compliance by consultant team"),
            ]),
        new("ensure that ligature risk assessments are completed and that patients with mental health needs are cared for in a safe environment in {place}",
            Theme.RiskAssessment, CqcDomain.Safe, Regulations.SafeCare, [Uec, Children],
            [
                C("The ligature risk assessment for {place} is out of date and does not cover every room", "Complete a ligature risk assessment of every room and act on the findings"),
                C("There is no designated safe room in {place} for patients at risk of self-harm", "Create a ligature-reduced assessment room"),
                C("Staff in {place} have not been trained to assess mental health risk", "Deliver mental health risk assessment training with the liaison psychiatry team"),
            ], SafetyCritical: true,
            Places: ["the emergency department", "the paediatric emergency department", "the children's ward"]),
        new("ensure that the WHO surgical safety checklist is fully completed and audited for every procedure in {place}",
            Theme.RiskAssessment, CqcDomain.Safe, Regulations.SafeCare, [Surgery, Outpatients, Maternity],
            [
                C("The WHO checklist in {place} is completed as a tick-box exercise after the procedure has started", "Relaunch 'stop before you block, stop before you cut' with team briefings"),
                C("Not all team members attend the team brief and sign-out in {place}", "Make team brief attendance a condition for starting the list"),
                C("There is no observational audit of checklist practice in {place}", "Start monthly observational audits of the WHO checklist"),
            ], SafetyCritical: true,
            Places: ["main theatres", "the day surgery unit", "the minor operations suite", "the delivery suite"]),
        new("ensure that the mental health needs of children and young people are assessed, and that they are cared for by suitably skilled staff while waiting for a specialist bed, in {place}",
            Theme.RiskAssessment, CqcDomain.Safe, Regulations.SafeCare, [Children, Uec],
            [
                C("There are no specialist mental health nurses for children and young people in {place}", "Agree seven-day in-reach from the children's mental health service"),
                C("Young people with mental health needs wait days in {place} for a specialist bed", "Escalate waits over 24 hours to the integrated care board and the mental health trust"),
                C("Staff in {place} have no training in caring for young people in mental health crisis", "Deliver training on caring for young people in mental health crisis"),
            ], Places: ["the children's ward", "the paediatric emergency department", "the paediatric assessment unit"]),

        // Infection prevention and control
        new("ensure that infection prevention and control practice, including hand hygiene and 'bare below the elbows', is followed and audited in {place}",
            Theme.InfectionControl, CqcDomain.Safe, Regulations.SafeCare, Everywhere,
            [
                C("Hand hygiene audits in {place} are self-assessed and overstate compliance", "Introduce peer audits validated by the infection prevention team"),
                C("There are not enough hand-wash basins and gel points in {place}", "Install additional gel points and a hand-wash basin"),
                C("Staff in {place} do not challenge colleagues who are not bare below the elbows", "Run a 'speak up for clean hands' campaign led by the matron"),
            ]),
        new("ensure that patients with a known or suspected infection are isolated promptly and that isolation is recorded in {place}",
            Theme.InfectionControl, CqcDomain.Safe, Regulations.SafeCare, [Uec, Medicine, Surgery, Children],
            [
                C("Isolation in {place} waits for a side room to become free, with no interim plan", "Agree an isolation prioritisation tool with the site team"),
                C("Infection status is not visible on the bed management system for {place}", "Show infection status on the electronic bed board"),
                C("Isolation signage and PPE stations are not available in {place}", "Provide isolation signage and a PPE station for each side room"),
            ]),

        // Premises
        new("ensure that the premises in {place} are suitable for the service, with enough space to observe and care for patients safely",
            Theme.Premises, CqcDomain.Safe, Regulations.Premises, [Uec, Maternity, Children, Outpatients],
            [
                C("{place} was designed for far fewer patients than now attend", "Agree an interim layout that keeps every patient in sight of staff", "Submit a capital bid for the permanent redesign"),
                C("Cubicles in {place} are too small for staff to work safely around the trolley", "Reconfigure cubicles and remove redundant equipment"),
                C("There is no observed waiting area in {place} for patients who need watching", "Convert the old relatives' room into an observed waiting area"),
            ]),
        new("ensure that clinical waste and sharps are stored and disposed of safely in {place}",
            Theme.Premises, CqcDomain.Safe, Regulations.Premises, Everywhere,
            [
                C("Waste collections from {place} are too infrequent for current activity", "Increase waste collections to twice daily"),
                C("There is no locked holding area for clinical waste in {place}", "Install a locked clinical waste holding area"),
                C("Sharps bins in {place} are overfilled and not labelled", "Add sharps bin checks to the daily checklist"),
            ]),
        new("ensure that access to {place} is secure so that babies and children are protected",
            Theme.Premises, CqcDomain.Safe, Regulations.Premises, [Maternity, Children],
            [
                C("Door access controls in {place} are faulty and repairs have been delayed", "Replace the door access system and test it weekly"),
                C("Visitors are let into {place} without being asked who they are visiting", "Introduce a visitor entry procedure with an intercom and camera"),
                C("The infant security tagging system in {place} is not tested regularly", "Test infant tagging weekly and run an abduction drill twice a year"),
            ], SafetyCritical: true,
            Places: ["the postnatal ward", "the delivery suite", "the children's ward", "the neonatal unit"]),

        // Equipment
        new("ensure that resuscitation equipment is checked daily and that the checks are recorded in {place}",
            Theme.Equipment, CqcDomain.Safe, Regulations.SafeCare, Everywhere,
            [
                C("Daily resuscitation trolley checks in {place} are not allocated on the duty rota", "Allocate the daily trolley check on the shift rota and record it electronically"),
                C("Resuscitation trolley layouts and checklists in {place} differ from the trust standard", "Standardise trolley layouts and checklists with the resuscitation team"),
                C("Items found missing at checks in {place} are not replaced promptly", "Agree a top-up service with the resuscitation team and use tamper-evident tags"),
            ], SafetyCritical: true),
        new("ensure that electrical equipment is safety tested and that servicing of medical devices is up to date in {place}",
            Theme.Equipment, CqcDomain.Safe, Regulations.Premises, Everywhere,
            [
                C("The medical devices inventory for {place} is incomplete, so items miss their service dates", "Complete a full medical devices inventory with the electrical and biomedical engineering team"),
                C("Faulty equipment in {place} is not reported because staff find the process slow", "Introduce a QR-code fault-reporting process for equipment"),
                C("There is no replacement programme for ageing devices in {place}", "Agree a rolling replacement programme in the capital plan"),
            ]),
        new("ensure that equipment is cleaned between patients and that cleaning is recorded in {place}",
            Theme.Equipment, CqcDomain.Safe, Regulations.Premises, Everywhere,
            [
                C("Cleaning responsibilities for shared equipment in {place} are unclear between nursing and housekeeping staff", "Agree and publish a cleaning responsibilities matrix"),
                C("Clean and dirty equipment in {place} cannot be told apart because 'I am clean' labels are not used", "Introduce 'I am clean' labels and a clean equipment store"),
                C("Cleaning wipes and products often run out in {place}", "Add cleaning products to the ward top-up list"),
            ]),
    ];
}
