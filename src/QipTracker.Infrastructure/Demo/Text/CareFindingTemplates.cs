using QipTracker.Domain.Plans;
using static QipTracker.Infrastructure.Demo.Text.CauseText;
using static QipTracker.Infrastructure.Demo.Text.CoreServices;

namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>Findings about safeguarding, consent, dignity, access and flow, and planning care around the person.</summary>
internal static class CareFindingTemplates
{
    public static readonly IReadOnlyList<FindingTemplate> All =
    [
        // Safeguarding
        new("ensure that safeguarding concerns are identified, referred and followed up in a timely way in {place}",
            Theme.Safeguarding, CqcDomain.Safe, Regulations.Safeguarding, [Uec, Maternity, Children, Medicine],
            [
                C("Safeguarding referrals from {place} are made on paper, with no tracking of outcomes", "Introduce electronic safeguarding referrals with outcome tracking"),
                C("Staff in {place} cannot get safeguarding advice out of hours", "Provide out-of-hours safeguarding advice through the on-call rota"),
                C("Safeguarding supervision for {place} has lapsed because of vacancies in the safeguarding team", "Recruit to the safeguarding team vacancies and restart supervision"),
            ], SafetyCritical: true),
        new("ensure that Deprivation of Liberty Safeguards applications are made when required and their conditions met in {place}",
            Theme.Safeguarding, CqcDomain.Safe, Regulations.Safeguarding, [Medicine, Surgery, EndOfLife],
            [
                C("Staff in {place} are unclear when a Deprivation of Liberty Safeguards application is needed", "Deliver Mental Capacity Act and DoLS training with case examples"),
                C("DoLS applications from {place} are not tracked, so expiry dates and conditions are missed", "Set up a DoLS tracker with the safeguarding team"),
            ]),

        // Consent and capacity
        new("ensure that mental capacity assessments are completed and recorded when patients in {place} may lack capacity to consent",
            Theme.Consent, CqcDomain.Effective, Regulations.Consent, [Uec, Medicine, Surgery, EndOfLife],
            [
                C("Staff in {place} lack confidence in carrying out and recording mental capacity assessments", "Deliver Mental Capacity Act training with practical assessment examples"),
                C("There is no capacity assessment template in the electronic record used in {place}", "Add a two-stage capacity assessment template to the electronic record"),
                C("Best-interest decisions in {place} are not recorded", "Add best-interest decision recording to the capacity template"),
            ]),
        new("ensure that consent to treatment is obtained and recorded in line with legislation and guidance in {place}",
            Theme.Consent, CqcDomain.Effective, Regulations.Consent, [Surgery, Maternity, Outpatients, Children],
            [
                C("The consent forms used in {place} are out of date", "Replace consent forms with the current trust version"),
                C("Consent in {place} is taken on the day of the procedure, leaving no time for questions", "Move consent to the pre-assessment appointment"),
                C("Doctors in {place} sometimes take consent for procedures they cannot perform", "Restrict consent to clinicians trained in the procedure"),
            ]),
        new("ensure that do not attempt cardiopulmonary resuscitation (DNACPR) decisions are discussed with patients or those close to them and fully documented in {place}",
            Theme.Consent, CqcDomain.Effective, Regulations.Consent, [Medicine, EndOfLife, Surgery],
            [
                C("DNACPR decisions made out of hours in {place} are not reviewed by a senior doctor the next day", "Introduce a next-day senior review of DNACPR decisions"),
                C("Discussions about DNACPR decisions with patients and families in {place} are not recorded", "Add a mandatory discussion field to the electronic DNACPR form"),
                C("Staff in {place} have not been trained in conversations about resuscitation decisions", "Deliver training in treatment escalation and resuscitation conversations"),
            ]),

        // Dignity
        new("ensure that patients' privacy and dignity are maintained in {place}, including when care is given in corridors",
            Theme.Dignity, CqcDomain.Caring, Regulations.Dignity, [Uec, Medicine],
            [
                C("Crowding in {place} means patients are cared for in corridors without privacy", "Introduce privacy screens and a corridor care standard"),
                C("There is nowhere private in {place} for difficult conversations", "Create a quiet room for private conversations"),
                C("Patients in {place} are examined in the waiting area at busy times", "Stop examinations in waiting areas and open an extra assessment space"),
            ]),
        new("ensure that same-sex accommodation requirements are met in {place}",
            Theme.Dignity, CqcDomain.Caring, Regulations.Dignity, [Medicine, Surgery, CriticalCare],
            [
                C("Bed management for {place} does not take account of same-sex accommodation", "Add same-sex accommodation checks to the bed management process"),
                C("Mixed-sex breaches in {place} are not reported", "Report every mixed-sex breach on the incident system"),
            ]),
        new("ensure that patients' communication needs, including access to interpreters, are met in {place}",
            Theme.Dignity, CqcDomain.Responsive, Regulations.PersonCentred, [Maternity, Outpatients, Medicine, Uec],
            [
                C("Staff in {place} do not know how to book an interpreter quickly", "Publish interpreter booking guidance and promote the telephone service"),
                C("Family members are used as interpreters in {place}", "Brief staff that family members must not interpret clinical conversations"),
                C("Patient information in {place} is only available in English", "Translate key patient information into the five most common local languages"),
            ]),

        // Access and flow
        new("ensure that patients do not stay in {place} for long periods, and that flow through the hospital improves so that 12-hour waits reduce",
            Theme.Flow, CqcDomain.Responsive, Regulations.SafeCare, [Uec],
            [
                C("Discharges happen late in the day, so beds are not free when {place} needs them", "Introduce a 'discharge before midday' standard with a daily board round"),
                C("There is no escalation when patients in {place} have waited more than 12 hours", "Agree a 12-hour wait escalation to the site manager and executive on call"),
                C("Too few patients are streamed to same-day emergency care, so {place} is crowded", "Extend same-day emergency care opening hours to 10pm"),
            ], SafetyCritical: true, Places: ["the emergency department"]),
        new("ensure that patients overdue a follow-up appointment in {place} are clinically reviewed for harm and seen in order of clinical priority",
            Theme.Flow, CqcDomain.Responsive, Regulations.SafeCare, [Outpatients, Surgery],
            [
                C("Follow-up appointments for {place} are booked manually, with no clinical validation of the waiting list", "Clinically validate every patient overdue a follow-up and record harm reviews"),
                C("Demand and capacity for {place} have not been modelled since before the pandemic", "Complete a demand and capacity review with the clinical leads"),
                C("Patient-initiated follow-up is not used in {place}", "Introduce patient-initiated follow-up for suitable pathways"),
            ]),
        new("ensure that patients in {place} are discharged in a timely way, with discharge planning started on admission",
            Theme.Flow, CqcDomain.Responsive, Regulations.PersonCentred, [Medicine, Surgery],
            [
                C("Criteria-led discharge is not used in {place}", "Roll out criteria-led discharge on two pilot wards, then trust-wide"),
                C("Expected discharge dates are not set on admission to {place}", "Set an expected discharge date at the first consultant review"),
                C("Medicines to take home from {place} are prescribed late, delaying discharge", "Prescribe discharge medicines the day before planned discharge"),
            ], Places: ["the acute medical unit", "the medical wards", "the elderly care wards", "the surgical wards", "the trauma and orthopaedic ward"]),

        // Planning care around the person
        new("ensure that pain is assessed with a recognised tool and that the effect of pain relief is reassessed in {place}",
            Theme.CarePlanning, CqcDomain.Effective, Regulations.SafeCare, [Uec, Surgery, Children, EndOfLife],
            [
                C("Pain scores in {place} are recorded but not acted on", "Add a pain reassessment prompt to the electronic record"),
                C("There is no pain tool in {place} for patients who cannot say how much pain they are in", "Introduce pain tools for patients who cannot self-report"),
                C("First-line pain relief in {place} waits for a prescription", "Introduce patient group directions for first-line analgesia"),
            ]),
        new("ensure that patients at the end of life in {place} have an individualised care plan that reflects their wishes",
            Theme.CarePlanning, CqcDomain.Responsive, Regulations.PersonCentred, [EndOfLife, Medicine],
            [
                C("Care plans for patients at the end of life in {place} are generic, not personalised", "Introduce a personalised end of life care plan"),
                C("The specialist palliative care team cannot support {place} at weekends", "Extend specialist palliative care cover to seven days"),
                C("Staff in {place} have not been trained in advance care planning conversations", "Deliver advance care planning communication training"),
            ]),
        new("ensure that patients' nutrition and hydration needs are assessed and met in {place}",
            Theme.CarePlanning, CqcDomain.Effective, Regulations.Nutrition, [Medicine, Surgery, EndOfLife],
            [
                C("Nutrition screening in {place} is not repeated weekly", "Add weekly nutrition screening to the electronic record"),
                C("Patients in {place} who need help to eat are not identified at mealtimes", "Introduce red trays and protected mealtimes"),
                C("Dietitian referrals from {place} wait more than a week", "Agree a dietitian response standard of two working days"),
            ]),
    ];
}
