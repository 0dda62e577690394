using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Security;

/// <summary>
/// `Authorization: Bearer qip_…` signs a request in as the token's owner, in the token's trust,
/// with the token's one role — never more than the person chose when they made it — and only on the API
/// (<see cref="ApiSurface"/>): elsewhere a token signs nobody in. Each request looks the token up again, so
/// revoking it ends it at once.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, QipDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Presented(Request)) return AuthenticateResult.NoResult();
        var secret = BearerToken(Request)!;
        if (!ApiTokenSecrets.LooksLikeToken(secret)) return AuthenticateResult.Fail("Malformed API token.");

        var hash = ApiTokenSecrets.Hash(secret);
        var now = clock.GetUtcNow();
        // Before sign-in there is no trust to filter by: the token's hash is what selects the row.
        var token = await db.ApiTokens.IgnoreQueryFilters().SingleOrDefaultAsync(t => t.TokenHash == hash);
        if (token is null || !token.IsActive(now)) return AuthenticateResult.Fail("The API token is unknown, expired or revoked.");
        var user = await db.Users.Where(u => u.Id == token.UserId).Select(u => new { u.DisplayName, u.LockoutEnd }).SingleOrDefaultAsync();
        var stillMember = await db.Memberships.IgnoreQueryFilters()
            .AnyAsync(m => m.UserId == token.UserId && m.TrustId == token.TrustId && m.Role == token.Role);
        if (user is null || !stillMember || user.LockoutEnd > now) return AuthenticateResult.Fail("The token's owner no longer holds that role.");
        if (await db.Users.AnyAsync(u => u.Id == token.UserId && u.DisabledAt != null)) return AuthenticateResult.Fail("The token's owner is disabled.");

        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            await db.ApiTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now));
        }

        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, token.UserId.ToString()),
            new Claim(QipClaims.DisplayName, user.DisplayName),
            new Claim(QipClaims.TrustId, token.TrustId.ToString()),
            new Claim(ClaimTypes.Role, token.Role.ToString()),
            new Claim(QipClaims.ApiTokenId, token.Id.ToString()),
        ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>A bearer token on a path that takes one.</summary>
    public static bool Presented(HttpRequest request) => ApiSurface.AcceptsApiTokens(request.Path) && BearerToken(request) is not null;

    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }
}
