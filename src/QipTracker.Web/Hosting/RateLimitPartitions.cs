using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using QipTracker.Web.Security;

namespace QipTracker.Web.Hosting;

/// <summary>
/// Which budgets a request spends. Each limiter below keys one kind of request by one thing — the client's address,
/// the email address typed, the invitation's token, the API token or the person — and lets every other request
/// through; they are chained, so a request must fit all of its budgets. The address is the connection's, or the
/// forwarded one from a trusted proxy (see ForwardedHeadersSetup).
/// </summary>
public static class RateLimitPartitions
{
    public static readonly PathString SignIn = "/account/login", SecondFactor = "/account/login-2fa", SingleSignOn = "/account/sso",
        ForgotPassword = "/account/forgot-password", ResetPassword = "/account/reset-password", AcceptInvitation = "/account/accept-invitation";

    private enum Area { None, SignIn, PasswordReset, Invitation, Api }

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions budgets) => PartitionedRateLimiter.CreateChained(
        Keyed(budgets.SignInPerIp, http => AreaOf(http.Request) == Area.SignIn ? Address(http) : null),
        Keyed(budgets.SignInPerAccount, http => Posted(http, SignIn) ? Field(http, "email", lowerCase: true) : null),
        Keyed(budgets.PasswordResetPerIp, http => AreaOf(http.Request) == Area.PasswordReset ? Address(http) : null),
        Keyed(budgets.PasswordResetPerAccount, http => Posted(http, ForgotPassword) ? Field(http, "email", lowerCase: true) : null),
        Keyed(budgets.InvitationPerIp, http => AreaOf(http.Request) == Area.Invitation ? Address(http) : null),
        Keyed(budgets.InvitationPerInvitation, http => Posted(http, AcceptInvitation) ? Secret(Field(http, "token", lowerCase: false)) : null),
        Keyed(budgets.ApiPerToken, http => AreaOf(http.Request) == Area.Api ? http.User.FindFirst(QipClaims.ApiTokenId)?.Value : null),
        Keyed(budgets.ApiPerUser, http => AreaOf(http.Request) == Area.Api ? http.User.UserId()?.ToString() : null),
        Keyed(budgets.ApiPerIp, http => AreaOf(http.Request) == Area.Api && http.User.UserId() is null ? Address(http) : null));

    /// <summary>Whether a budget keys this request on a field of its form, which must then be read before the limiter.</summary>
    public static bool KeysOnForm(HttpRequest request) => Posted(request, SignIn) || Posted(request, ForgotPassword) || Posted(request, AcceptInvitation);

    /// <summary>The first half of the 429's sentence.</summary>
    public static string WhatWasLimited(HttpRequest request) => AreaOf(request) switch
    {
        Area.SignIn => "Too many sign-in attempts.",
        Area.PasswordReset => "Too many password reset requests.",
        Area.Invitation => "Too many attempts to accept an invitation.",
        Area.Api => "Too many API requests.",
        _ => "Too many requests.",
    };

    /// <summary>The window of the request's area: the longest a caller can have to wait.</summary>
    public static TimeSpan WindowOf(HttpRequest request, RateLimitOptions budgets) => AreaOf(request) switch
    {
        Area.SignIn => budgets.SignInPerAccount.Window,
        Area.PasswordReset => budgets.PasswordResetPerAccount.Window,
        Area.Invitation => budgets.InvitationPerInvitation.Window,
        _ => budgets.ApiPerToken.Window,
    };

    private static Area AreaOf(HttpRequest request)
    {
        if (request.Path.StartsWithSegments(ApiSurface.Api)) return Area.Api;
        if (!HttpMethods.IsPost(request.Method)) return Area.None;
        // Starting a single sign-on guesses no password, but each one looks trusts up and may call out to a provider.
        if (request.Path.Equals(SignIn, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(SecondFactor, StringComparison.OrdinalIgnoreCase)
            || request.Path.Equals(SingleSignOn, StringComparison.OrdinalIgnoreCase)) return Area.SignIn;
        if (request.Path.Equals(ForgotPassword, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(ResetPassword, StringComparison.OrdinalIgnoreCase)) return Area.PasswordReset;
        if (request.Path.Equals(AcceptInvitation, StringComparison.OrdinalIgnoreCase)) return Area.Invitation;
        return Area.None;
    }

    private static PartitionedRateLimiter<HttpContext> Keyed(RateLimitBudget budget, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http => key(http) is { Length: > 0 } k
            ? RateLimitPartition.GetFixedWindowLimiter(k, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = budget.Permits,
                Window = budget.Window,
                QueueLimit = 0, // refuse at once: a queued sign-in would only hold the connection open
                AutoReplenishment = true,
            })
            : RateLimitPartition.GetNoLimiter(""));

    private static bool Posted(HttpContext http, PathString path) => Posted(http.Request, path);

    private static bool Posted(HttpRequest request, PathString path) => HttpMethods.IsPost(request.Method) && request.Path.Equals(path, StringComparison.OrdinalIgnoreCase);

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A field of the form read before the limiter (see <see cref="KeysOnForm"/>); null when absent.</summary>
    private static string? Field(HttpContext http, string name, bool lowerCase)
    {
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is not { } form) return null;
        var value = form[name].ToString().Trim();
        return value.Length == 0 ? null : lowerCase ? value.ToLowerInvariant() : value;
    }

    /// <summary>An invitation's token is a credential: the limiter keeps its hash, not the token.</summary>
    private static string? Secret(string? value) => value is null ? null : Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
