namespace QipTracker.Web.Security;

/// <summary>
/// The API and its reference: the only paths where a personal API token signs anyone in. Pages, the Blazor
/// circuit, the job dashboard and the account endpoints take the browser's sign-in cookie only, so a leaked
/// token opens no page.
/// </summary>
public static class ApiSurface
{
    public static readonly PathString Api = "/api/v1";
    public static readonly PathString Document = "/openapi";
    public static readonly PathString Reference = "/scalar";

    public static bool AcceptsApiTokens(PathString path) =>
        path.StartsWithSegments(Api) || path.StartsWithSegments(Document) || path.StartsWithSegments(Reference);

    /// <summary>Read by programs: refusals are status codes, not a redirect to the sign-in page.</summary>
    public static bool AnswersWithStatusCodes(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments(Document);
}
