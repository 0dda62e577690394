using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo.Text;
using QipTracker.Infrastructure.Identity;
using static QipTracker.Infrastructure.Demo.DemoTrustProfile;

namespace QipTracker.Infrastructure.Demo;

internal sealed record StaffMember(AppUser User, StaffPost Post);

/// <summary>The demo trust's people once created: who chairs, who is accountable, who owns work in each ISG.</summary>
internal sealed class DemoStaff(IReadOnlyDictionary<TrustRole, AppUser> roleLogins, AppUser systemAdmin, IReadOnlyList<StaffMember> pool)
{
    public AppUser Login(TrustRole role) => roleLogins[role];

    public IReadOnlyList<StaffMember> Pool => pool;

    // The role logins cover Unscheduled Care (chair and executive) and Women's & Children's (executive).
    public Guid ChairOf(string isg) =>
        isg == UnscheduledCare ? Login(TrustRole.IsgChair).Id : Single(isg, StaffKind.Chair);

    public Guid ExecutiveOf(string isg) =>
        isg is UnscheduledCare or WomenAndChildren ? Login(TrustRole.AccountableExecutive).Id : Single(isg, StaffKind.Executive);

    public IReadOnlyList<Guid> OwnersIn(string isg) =>
        pool.Where(p => p.Post.Isg == isg && p.Post.Kind == StaffKind.Owner).Select(p => p.User.Id).ToList();

    public IEnumerable<Guid> MembersOf(string isg)
    {
        IEnumerable<Guid> members = [ChairOf(isg), ExecutiveOf(isg), .. OwnersIn(isg), Login(TrustRole.Pmo).Id];
        return isg == UnscheduledCare ? members.Append(Login(TrustRole.RootCauseOwner).Id) : members;
    }

    public IEnumerable<TrustMembership> Memberships(Guid trustId)
    {
        foreach (var (role, user) in roleLogins) yield return new TrustMembership(trustId, user.Id, role);
        foreach (var (user, post) in pool)
        {
            yield return new TrustMembership(trustId, user.Id, TrustRole.RootCauseOwner);
            if (post.Kind == StaffKind.Chair) yield return new TrustMembership(trustId, user.Id, TrustRole.IsgChair);
            if (post.Kind == StaffKind.Executive)
            {
                yield return new TrustMembership(trustId, user.Id, TrustRole.AccountableExecutive);
                yield return new TrustMembership(trustId, user.Id, TrustRole.BoardMember);
            }
        }
    }

    public IReadOnlyList<DemoLogin> Logins() =>
    [
        .. DemoRoleLogins.All.Select(s => new DemoLogin(s.Role.ToString(), s.Email, Login(s.Role).DisplayName)),
        new DemoLogin(DemoLogin.SystemAdminRole, systemAdmin.Email!, systemAdmin.DisplayName),
    ];

    private Guid Single(string isg, StaffKind kind) => pool.Single(p => p.Post.Isg == isg && p.Post.Kind == kind).User.Id;
}
