namespace QipTracker.Web.Security.SingleSignOn;

/// <summary>Why a single sign-on did not sign anyone in. Each has its words on the refusal page.</summary>
public enum SsoRefusal
{
    NoProvider,
    ProviderAnswerRefused,
    EmailNotVerified,
    WrongDomain,
    NotInvited,
    Disabled,
    OtherSubject,
    OtherTrust,
}

public static class SsoRefusalText
{
    public static string Code(this SsoRefusal refusal) => refusal switch
    {
        SsoRefusal.NoProvider => "no-provider",
        SsoRefusal.ProviderAnswerRefused => "failed",
        SsoRefusal.EmailNotVerified => "unverified",
        SsoRefusal.WrongDomain => "domain",
        SsoRefusal.NotInvited => "not-invited",
        SsoRefusal.Disabled => "disabled",
        SsoRefusal.OtherSubject => "other-account",
        SsoRefusal.OtherTrust => "other-trust",
        _ => "failed",
    };

    public static SsoRefusal? FromCode(string? code) =>
        Enum.GetValues<SsoRefusal>().Cast<SsoRefusal?>().FirstOrDefault(r => r!.Value.Code() == code);

    public static string Describe(SsoRefusal refusal) => refusal switch
    {
        SsoRefusal.NoProvider =>
            "No trust on QipTracker signs in its staff with an organisation account at that address. Sign in with your email and password instead.",
        SsoRefusal.ProviderAnswerRefused =>
            "Your organisation's sign-in could not be checked, so you are not signed in. Try again; if it keeps happening, tell your trust administrator.",
        SsoRefusal.EmailNotVerified =>
            "Your organisation account did not confirm that its email address is verified, so it cannot be matched to a QipTracker account.",
        SsoRefusal.WrongDomain =>
            "The account you signed in with has an email address your trust does not accept for single sign-on. Sign in with your trust's work account.",
        SsoRefusal.NotInvited =>
            "There is no QipTracker account for that email in this trust. Ask your trust administrator to invite you; no account has been created.",
        SsoRefusal.Disabled => "This QipTracker account has been disabled. Ask your trust administrator.",
        SsoRefusal.OtherSubject =>
            "This QipTracker account is already linked to a different organisation account. Sign in with that account, or ask your trust administrator.",
        SsoRefusal.OtherTrust =>
            "This QipTracker account also works in another trust, so your organisation's sign-in cannot accept the invitation for it. "
            + "Accept the invitation from its email first; then sign in with your organisation account.",
        _ => "You are not signed in.",
    };

    /// <summary>What the security log records, for the administrator (the page's words are for the person).</summary>
    public static string LogDetail(SsoRefusal refusal) => refusal switch
    {
        SsoRefusal.EmailNotVerified => "Single sign-on refused: email not verified by the provider",
        SsoRefusal.WrongDomain => "Single sign-on refused: email domain not allowed",
        SsoRefusal.NotInvited => "Single sign-on refused: no account invited to the trust",
        SsoRefusal.Disabled => "Single sign-on refused: account disabled",
        SsoRefusal.OtherSubject => "Single sign-on refused: account linked to another organisation account",
        SsoRefusal.OtherTrust => "Single sign-on refused: the account works in another trust; its invitation is accepted by email",
        _ => $"Single sign-on refused: {refusal}",
    };
}
