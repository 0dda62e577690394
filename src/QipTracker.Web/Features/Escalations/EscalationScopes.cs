using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Tenancy;

namespace QipTracker.Web.Features.Escalations;

/// <summary>Which escalations a person may list, and which they see first.</summary>
public static class EscalationScopes
{
    /// <summary>Everyone sees their own items; chairs and executives their ISGs'; those who oversee the plan the trust's.</summary>
    public static IReadOnlyList<EscalationScope> For(ICurrentUser user)
    {
        var scopes = new List<EscalationScope> { EscalationScope.Mine };
        if (user.IsIn(TrustRole.IsgChair, TrustRole.AccountableExecutive)) scopes.Add(EscalationScope.MyIsgs);
        if (user.IsIn(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)) scopes.Add(EscalationScope.All);
        return scopes;
    }

    /// <summary>The PMO: the trust; a chair or executive: their ISGs; a board member: the trust; anyone else: their own.</summary>
    public static EscalationScope Default(ICurrentUser user) =>
        user.IsIn(TrustRole.Pmo) ? EscalationScope.All
        : user.IsIn(TrustRole.IsgChair, TrustRole.AccountableExecutive) ? EscalationScope.MyIsgs
        : user.IsIn(TrustRole.BoardMember) ? EscalationScope.All
        : EscalationScope.Mine;
}
