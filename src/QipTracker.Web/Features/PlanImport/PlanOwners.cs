using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Finds each root-cause owner by email, or creates them as an invited person of the trust: an
/// account with no password and an unconfirmed email and the RootCauseOwner role; the import then
/// sends them an invitation (see <see cref="Invited"/>). Someone who already
/// has an account — in this trust or another — is given the role in this trust if they lack it.
/// </summary>
internal sealed class PlanOwners(QipDbContext db, ExistingPlan plan, ImportContext context, ILookupNormalizer normalizer)
{
    public ImportTally Tally { get; } = new();

    /// <summary>People new to the platform: the importer sends each an invitation once the plan is accepted.</summary>
    public List<AppUser> Invited { get; } = [];

    /// <summary>People who already had an account and are given the RootCauseOwner role in this trust.</summary>
    public List<AppUser> GivenTheRole { get; } = [];

    public string Normalise(string email) => normalizer.NormalizeEmail(email.Trim())!;

    public Guid Resolve(string email)
    {
        var key = Normalise(email);
        if (!plan.Users.TryGetValue(key, out var user))
        {
            user = Invite(email.Trim().ToLowerInvariant(), key);
            plan.Users[key] = user;
            Tally.Created(user.Id);
        }
        if (plan.Owners.Add(user.Id))
        {
            db.Memberships.Add(new TrustMembership(context.TrustId, user.Id, TrustRole.RootCauseOwner));
            if (!Invited.Contains(user)) GivenTheRole.Add(user);
            Tally.Updated(user.Id);
        }
        Tally.Seen(user.Id);
        return user.Id;
    }

    private AppUser Invite(string email, string normalisedEmail)
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
        Invited.Add(user);
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
