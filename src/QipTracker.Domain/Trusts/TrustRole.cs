namespace QipTracker.Domain.Trusts;

/// <summary>What a person may do within one trust. SystemAdmin is platform-wide and not a trust role.</summary>
public enum TrustRole
{
    RootCauseOwner,
    IsgChair,
    AccountableExecutive,
    Pmo,
    BoardMember,
    TrustAdmin,
}
