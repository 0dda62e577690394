using Bogus;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Demo.Text;
using QipTracker.Infrastructure.Identity;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// Creates the demo people through the UserManager, so that users are validated, normalised and stored
/// the way the app does it. Each CreateAsync saves, so this runs before any plan record is added.
/// </summary>
internal static class DemoStaffFactory
{
    public static async Task<DemoStaff> CreateAsync(UserManager<AppUser> users, Guid trustId, Randomizer random, string password, DateTimeOffset now)
    {
        var roleLogins = new Dictionary<TrustRole, AppUser>();
        foreach (var spec in DemoRoleLogins.All)
            roleLogins[spec.Role] = await CreateAsync(users, NewUser(spec.Email, spec.DisplayName, spec.JobTitle, trustId, now), password);

        // The platform administrator belongs to no trust, so it has no current trust either.
        var systemAdmin = NewUser(DemoTrustProfile.SystemAdminEmail, DemoRoleLogins.SystemAdminName, DemoRoleLogins.SystemAdminTitle, null, now);
        systemAdmin.IsSystemAdmin = true;
        await CreateAsync(users, systemAdmin, password);

        // The pool shares the password too. Its hash comes from the app's own hasher, but once: at the
        // hasher's 100,000 PBKDF2 iterations, hashing it 31 more times would dominate the seed's run time.
        var sharedHash = users.PasswordHasher.HashPassword(systemAdmin, password);
        var usedEmails = new HashSet<string>(DemoRoleLogins.Emails, StringComparer.OrdinalIgnoreCase);
        var usedNames = new HashSet<string>(DemoRoleLogins.All.Select(l => l.DisplayName.Replace("Dr ", "")));
        var pool = new List<StaffMember>();
        foreach (var post in StaffPosts.All)
        {
            string first, last;
            do (first, last) = (random.ArrayElement(PersonNames.First), random.ArrayElement(PersonNames.Last));
            while (!usedNames.Add($"{first} {last}"));
            var email = UniqueEmail($"{LettersOnly(first)}.{LettersOnly(last)}", usedEmails);
            var name = $"{(post.Doctor ? "Dr " : "")}{first} {last}";
            var user = NewUser(email, name, post.JobTitle, trustId, now);
            user.PasswordHash = sharedHash;
            pool.Add(new StaffMember(await CreateAsync(users, user, password: null), post));
        }
        return new DemoStaff(roleLogins, systemAdmin, pool);
    }

    private static AppUser NewUser(string email, string displayName, string jobTitle, Guid? trustId, DateTimeOffset now) => new()
    {
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = displayName,
        JobTitle = jobTitle,
        CurrentTrustId = trustId,
        CreatedAt = now,
    };

    private static async Task<AppUser> CreateAsync(UserManager<AppUser> users, AppUser user, string? password)
    {
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
            throw new InvalidOperationException(
                $"Could not create demo user {user.Email}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        return user;
    }

    private static string UniqueEmail(string localPart, HashSet<string> used)
    {
        var email = DemoTrustProfile.Email(localPart);
        for (var n = 2; !used.Add(email); n++) email = DemoTrustProfile.Email($"{localPart}{n}");
        return email;
    }

    private static string LettersOnly(string s) => new(s.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());
}
