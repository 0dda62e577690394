namespace QipTracker.Web.Security;

/// <summary>
/// Endpoints that a person uses from a signed-in browser session only, never with an API token: token management,
/// so that a token cannot make another token that would outlive its own revocation.
/// </summary>
public static class CookieSessionOnly
{
    public static TBuilder RequireCookieSession<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) => context.HttpContext.User.SignedInWithApiToken()
            ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not with an API token",
                detail: "API tokens are made, listed and revoked only by a person signed in to QipTracker in the browser (Account security), " +
                        "never with an API token: a token cannot make another token that would outlive it.")
            : await next(context));
}
