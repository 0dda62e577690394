namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>
/// What a finding is about. Root-cause statements, actions and evidence are drawn from the
/// finding's theme, so a plan reads as one coherent story rather than unrelated sentences.
/// </summary>
internal enum Theme
{
    Medicines,
    Deterioration,
    RiskAssessment,
    InfectionControl,
    Premises,
    Equipment,
    Records,
    Governance,
    Staffing,
    Training,
    Safeguarding,
    Consent,
    Dignity,
    Flow,
    CarePlanning,
    // Well-led themes (trust-wide)
    Leadership,
    Culture,
    BoardAssurance,
    Information,
    Engagement,
    Learning,
}
