using System.Security.Claims;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Security;
using QipTracker.Web.Security.SingleSignOn;

namespace QipTracker.Web.Tests.SingleSignOn;

/// <summary>A session a trust's identity provider started works in that trust only, and never as the platform's administrator.</summary>
public sealed class SsoConfinementTests
{
    private static readonly Guid Home = Guid.NewGuid(), Elsewhere = Guid.NewGuid();

    private static ClaimsPrincipal Principal(Guid currentTrust, Guid? signedInThrough) => new(new ClaimsIdentity(
    [
        new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
        new Claim(QipClaims.TrustId, currentTrust.ToString()),
        new Claim(QipClaims.TrustName, "A trust"),
        new Claim(ClaimTypes.Role, nameof(TrustRole.TrustAdmin)),
        new Claim(QipClaims.SystemAdmin, "true"),
        new Claim(ClaimTypes.Role, QipClaims.SystemAdminRole),
        new Claim(QipClaims.OversightOrganisation, Guid.NewGuid().ToString()),
        new Claim(ClaimTypes.Role, QipClaims.OversightRole),
        .. signedInThrough is { } t ? [new Claim(QipClaims.SignedInThrough, t.ToString())] : Array.Empty<Claim>(),
    ], "Identity.Application"));

    [Fact]
    public async Task In_its_own_trust_it_keeps_the_trust_and_roles_but_not_the_platform_administrators_rights()
    {
        var confined = await new SsoConfinement().TransformAsync(Principal(Home, Home));

        Assert.Equal(Home, confined.CurrentTrustId());
        Assert.Equal([TrustRole.TrustAdmin], confined.TrustRoles());
        Assert.False(confined.IsSystemAdmin());
        Assert.False(confined.IsInRole(QipClaims.SystemAdminRole));
        Assert.False(confined.IsInRole(QipClaims.OversightRole));
        Assert.Null(confined.OversightOrganisationId());
        Assert.True(confined.Identity!.IsAuthenticated);
    }

    [Fact]
    public async Task Pointed_at_another_trust_it_acts_in_no_trust()
    {
        var confined = await new SsoConfinement().TransformAsync(Principal(Elsewhere, Home));

        Assert.Null(confined.CurrentTrustId());
        Assert.Empty(confined.TrustRoles());
        Assert.False(confined.IsSystemAdmin());
        Assert.NotNull(confined.UserId());
    }

    [Fact]
    public async Task A_password_sign_in_is_left_as_it_is()
    {
        var principal = Principal(Elsewhere, null);
        Assert.Same(principal, await new SsoConfinement().TransformAsync(principal));
        Assert.True(principal.IsSystemAdmin());
    }
}
