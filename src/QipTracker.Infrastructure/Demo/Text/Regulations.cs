namespace QipTracker.Infrastructure.Demo.Text;

/// <summary>The Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 cited in CQC reports.</summary>
internal static class Regulations
{
    public const string FitAndProper = "Regulation 5: Fit and proper persons employed";
    public const string PersonCentred = "Regulation 9: Person-centred care";
    public const string Dignity = "Regulation 10: Dignity and respect";
    public const string Consent = "Regulation 11: Need for consent";
    public const string SafeCare = "Regulation 12: Safe care and treatment";
    public const string Safeguarding = "Regulation 13: Safeguarding service users from abuse and improper treatment";
    public const string Nutrition = "Regulation 14: Meeting nutritional and hydration needs";
    public const string Premises = "Regulation 15: Premises and equipment";
    public const string Complaints = "Regulation 16: Receiving and acting on complaints";
    public const string GoodGovernance = "Regulation 17: Good governance";
    public const string Staffing = "Regulation 18: Staffing";
    public const string DutyOfCandour = "Regulation 20: Duty of candour";
}
