using Microsoft.AspNetCore.Identity;

namespace QipTracker.Infrastructure.Identity;

/// <summary>A person who signs in. What they may do in a trust comes from their TrustMemberships.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public string? JobTitle { get; set; }
    /// <summary>Platform-wide administrator: creates trusts. Not a role inside any trust.</summary>
    public bool IsSystemAdmin { get; set; }
    /// <summary>The trust this person last switched to; their session works in it.</summary>
    public Guid? CurrentTrustId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>Set by the system administrator: the account may not sign in, its sessions and API tokens stop working.</summary>
    public DateTimeOffset? DisabledAt { get; set; }

    public AppUser() => Id = Guid.NewGuid();
}
