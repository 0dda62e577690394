using QipTracker.Bench.Data;
using QipTracker.Domain.Trusts;

namespace QipTracker.Bench.Circuits;

/// <summary>The page a simulated user holds open: the owner's home, the chair's ISG page with its sprint review, the register.</summary>
public enum HeldPage { Home, IsgPage, Register }

/// <summary>One person of the generated trust, the page they hold open and its path.</summary>
public sealed record CircuitUser(string Email, HeldPage Page, string Path);

public static class CircuitUsers
{
    /// <summary>
    /// Every person who holds a page, each a different user in a role that page is for, in the order the bench takes
    /// them: the three pages in turn — root-cause owners on home; ISG chairs, then accountable executives, on their
    /// ISG's page; the PMO and the board member on the register — until a page runs out of people, then the others.
    /// So a few users spread over the three pages, and 50 are the trust as it is: mostly owners.
    /// </summary>
    public static IReadOnlyList<CircuitUser> Of(GeneratedTrust plan)
    {
        var email = plan.Users.ToDictionary(u => u.Id, u => u.Email!);
        var home = new Queue<CircuitUser>(plan.Owners.Select(o => new CircuitUser(o.Email!, HeldPage.Home, "/")));
        var isg = new Queue<CircuitUser>(plan.Isgs.Where(i => i.ChairId is not null).Select(i => new CircuitUser(email[i.ChairId!.Value], HeldPage.IsgPage, $"/isgs/{i.Id}"))
            .Concat(plan.Isgs.Where(i => i.AccountableExecutiveId is not null)
                .Select(i => new CircuitUser(email[i.AccountableExecutiveId!.Value], HeldPage.IsgPage, $"/isgs/{i.Id}"))));
        var readers = plan.Memberships.Where(m => m.Role is TrustRole.Pmo or TrustRole.BoardMember).OrderBy(m => m.Role != TrustRole.Pmo);
        var register = new Queue<CircuitUser>(readers.Select(m => new CircuitUser(email[m.UserId], HeldPage.Register, "/register")));

        var users = new List<CircuitUser>();
        Queue<CircuitUser>[] pages = [home, isg, register];
        while (pages.Any(p => p.Count > 0))
            foreach (var page in pages)
                if (page.TryDequeue(out var user))
                    users.Add(user);
        return users;
    }

    /// <summary>How many of these users hold each page ("30 home, 10 ISG, 2 register").</summary>
    public static string Mix(IEnumerable<CircuitUser> users)
    {
        var counts = users.GroupBy(u => u.Page).ToDictionary(g => g.Key, g => g.Count());
        int Of(HeldPage page) => counts.GetValueOrDefault(page);
        return $"{Of(HeldPage.Home)} home, {Of(HeldPage.IsgPage)} ISG, {Of(HeldPage.Register)} register";
    }
}
