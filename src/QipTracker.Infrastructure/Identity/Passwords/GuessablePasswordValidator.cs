using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Identity.Passwords;

/// <summary>
/// Identity's password validator for <see cref="GuessablePasswords"/>: every way a password is set
/// (accepting an invitation, resetting, changing) goes through the UserManager, so through this.
/// The person's own words are their email, name and the trusts they belong to or are invited to.
/// </summary>
public sealed class GuessablePasswordValidator(QipDbContext db) : IPasswordValidator<AppUser>
{
    public const string Code = "GuessablePassword";

    public const string Message =
        "This password is too easy to guess: it is a common password or follows a common pattern (a common word with numbers " +
        "or symbols added, a keyboard or letter sequence, or your own name, email or trust). Choose a longer phrase of three or " +
        "four unrelated words.";

    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return IdentityResult.Success; // the length rule answers this
        return GuessablePasswords.IsGuessable(password, await PersonalWordsAsync(user))
            ? IdentityResult.Failed(new IdentityError { Code = Code, Description = Message })
            : IdentityResult.Success;
    }

    private async Task<IEnumerable<string>> PersonalWordsAsync(AppUser user)
    {
        // Across trusts on purpose: the person may be acting in none yet (an invitation, a reset).
        var trustIds = db.Memberships.IgnoreQueryFilters().Where(m => m.UserId == user.Id).Select(m => m.TrustId)
            .Concat(db.Invitations.IgnoreQueryFilters().Where(i => i.UserId == user.Id).Select(i => i.TrustId));
        var trusts = await db.Trusts.IgnoreQueryFilters().Where(t => trustIds.Contains(t.Id)).Select(t => t.Name).ToListAsync();
        return trusts.Append(user.Email ?? "").Append(user.UserName ?? "").Append(user.DisplayName);
    }
}
