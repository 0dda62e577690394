using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Identity.Passwords;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Security;
using QipTracker.Web.Security.Sessions;
using QipTracker.Web.Security.SingleSignOn;

namespace QipTracker.Web.Hosting;

public static class IdentitySetup
{
    private const string CookieOrToken = "CookieOrToken";

    public static readonly TimeSpan PasswordResetLifespan = TimeSpan.FromHours(1);

    public static IServiceCollection AddQipIdentity(this IServiceCollection services, IConfiguration config)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = CookieOrToken;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            // A bearer API token when one is presented on the API, else the sign-in cookie.
            .AddPolicyScheme(CookieOrToken, "Cookie or API token", o => o.ForwardDefaultSelector = http =>
                ApiTokenAuthenticationHandler.Presented(http.Request) ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            // Each trust's own identity provider (OpenID Connect), one handler for all.
            .AddQipSingleSignOn()
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(o =>
            {
                o.LoginPath = "/account/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/account/denied";
                o.Cookie.Name = "qip.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                // API calls get status codes, not a redirect to the sign-in page.
                o.Events.OnRedirectToLogin = ctx => ApiAware(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAware(ctx.HttpContext, ctx.RedirectUri, StatusCodes.Status403Forbidden);
                // Server-side sessions: a sign-in starts one, each request's cookie must still point at an active one.
                o.Events.OnSigningIn = SessionCookie.SigningInAsync;
                o.Events.OnValidatePrincipal = SessionCookie.ValidatePrincipalAsync;
            }));
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = SessionCookie.KeepSession);
        // Password reset links: one use (the reset changes the security stamp they are bound to), one hour.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = PasswordResetLifespan);

        services.AddIdentityCore<AppUser>(o =>
            {
                // Length over complexity (NCSC / NIST guidance); lockout slows guessing.
                o.Password.RequiredLength = 12;
                o.Password.RequiredUniqueChars = 4;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = config.GetValue("Identity:MaxFailedAttempts", 5);
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(config.GetValue("Identity:LockoutMinutes", 15));
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<QipDbContext>()
            .AddSignInManager<QipSignInManager>()
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<Features.Oversight.OversightInvitationTokens>(Features.Oversight.OversightInvitationTokens.Provider)
            .AddClaimsPrincipalFactory<QipClaimsPrincipalFactory>();

        // Keys in the database: every app node decrypts every other node's cookies. Encrypted at rest when a
        // certificate is configured (DataProtectionCertificate).
        services.AddDataProtection().SetApplicationName("QipTracker").PersistKeysToDbContext<QipDbContext>()
            .ProtectKeysWithConfiguredCertificate(config);

        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddHttpContextAccessor();
        services.AddScoped<ClientAddress>();
        services.AddScoped<CircuitHandler, ClientAddressCircuitHandler>();
        services.AddScoped<UserSessions>();
        services.AddScoped<SecurityLog>();
        return services;
    }

    private static Task ApiAware(HttpContext http, string redirectUri, int status)
    {
        if (ApiSurface.AnswersWithStatusCodes(http.Request.Path))
            http.Response.StatusCode = status;
        else
            http.Response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
