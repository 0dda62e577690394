using QipTracker.Domain.Trusts;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// Who calls: a person with one trust role in their own trust, the platform's SystemAdmin (who holds no
/// trust role), or nobody signed in. Each trust role converts to its principal, so a table can say [Pmo].
/// </summary>
public sealed record Principal(string Name, TrustRole? Role)
{
    public static readonly Principal SystemAdmin = new("SystemAdmin", null);
    public static readonly Principal Anonymous = new("Anonymous", null);
    /// <summary>A person of an oversight organisation (an ICB) that the caller's trust has granted access: no trust role.</summary>
    public static readonly Principal Oversight = new("Oversight", null);

    /// <summary>Every trust role, then the SystemAdmin, the oversight user, then nobody: the columns of the matrix.</summary>
    public static readonly IReadOnlyList<Principal> All =
        [.. Enum.GetValues<TrustRole>().Select(Of), SystemAdmin, Oversight, Anonymous];

    public static Principal Of(TrustRole role) => new(role.ToString(), role);

    public static implicit operator Principal(TrustRole role) => Of(role);

    public bool IsAnonymous => this == Anonymous;

    public override string ToString() => Name;
}

/// <summary>How a caller proves who they are: the browser's sign-in cookie, or a personal API token (Bearer).</summary>
public enum Transport { Cookie, Token }

/// <summary>The named groups the tables use.</summary>
public static class Who
{
    public static readonly Principal[] Nobody = [];
    /// <summary>Anyone holding a role in the trust, whichever role.</summary>
    public static readonly Principal[] Members = [.. Enum.GetValues<TrustRole>().Select(Principal.Of)];
    /// <summary>Anyone signed in: trust member, the platform's SystemAdmin, or an oversight user (their own account only).</summary>
    public static readonly Principal[] SignedIn = [.. Members, Principal.SystemAdmin, Principal.Oversight];
    /// <summary>Anyone at all, signed in or not.</summary>
    public static readonly Principal[] Anyone = [.. SignedIn, Principal.Anonymous];
    public static readonly Principal[] SystemAdminOnly = [Principal.SystemAdmin];
    /// <summary>A person of an oversight organisation, reading what trusts granted it.</summary>
    public static readonly Principal[] OversightOnly = [Principal.Oversight];

    /// <summary>Those who update a root cause: its owner, its ISG's chair, the PMO.</summary>
    public static readonly Principal[] Updaters = [TrustRole.RootCauseOwner, TrustRole.IsgChair, TrustRole.Pmo];
    /// <summary>Those who assure evidence and run an ISG's sprints and KPIs.</summary>
    public static readonly Principal[] Assurers = [TrustRole.IsgChair, TrustRole.Pmo];
    /// <summary>Those who read the plan's reports (trajectory, register, board papers).</summary>
    public static readonly Principal[] Readers = [TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember];
}
