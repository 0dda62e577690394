using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Finds each root-cause owner by email, or makes an account for someone new to the platform (no
/// password, unconfirmed email). Anyone not yet an owner in this trust is invited as one
/// (<see cref="ToInvite"/>): they become a member only when they accept, and the import counts
/// and names them alike whether or not the email already had an account somewhere else.
/// </summary>
internal sealed class PlanOwners(QipDbContext db, ExistingPlan plan, ImportContext context, ILookupNormalizer normalizer)
{
    public ImportTally Tally { get; } = new();

    /// <summary>Owners to invite to this trust, with the address as the file gives it: the importer invites each once the plan is accepted.</summary>
    public List<(AppUser User, string Email)> ToInvite { get; } = [];

    public string Normalise(string email) => normalizer.NormalizeEmail(email.Trim())!;

    public Guid Resolve(string email)
    {
        var key = Normalise(email);
        if (!plan.Users.TryGetValue(key, out var user))
        {
            user = NewAccount(email.Trim().ToLowerInvariant(), key);
            plan.Users[key] = user;
        }
        // Owners already here, or already invited, are seen; anyone else is invited (counted as created).
        if (plan.Owners.Add(user.Id))
        {
            ToInvite.Add((user, email.Trim().ToLowerInvariant()));
            Tally.Created(user.Id);
        }
        Tally.Seen(user.Id);
        return user.Id;
    }

    private AppUser NewAccount(string email, string normalisedEmail)
    {
        var user = new AppUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalisedEmail,
            EmailConfirmed = false,
            DisplayName = DisplayNameOf(email),
            CurrentTrustId = context.TrustId,
            CreatedAt = context.Now,
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
            LockoutEnabled = true,
        };
        db.Users.Add(user);
        return user;
    }

    /// <summary>"jane.smith@…" → "Jane Smith"; "o'neil-k@…" → "O'neil K".</summary>
    public static string DisplayNameOf(string email)
    {
        var local = email[..Math.Max(0, email.IndexOf('@'))];
        var words = local.Split(['.', '_', '-', '+'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        var name = string.Join(' ', words);
        name = name.Length > 0 ? name : email;
        return name.Length <= InputLimits.Name ? name : name[..InputLimits.Name]; // the display name column's size
    }
}
