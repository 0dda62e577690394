using QipTracker.Infrastructure.Importing;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// A plan import's row errors as the app's validation error (HTTP 400), keyed by where the problem
/// is — "row 5, finding_kind" — so that a page, the API and the command line all list every one.
/// </summary>
public static class PlanImportErrors
{
    public static RequestValidationException ToException(IEnumerable<PlanImportError> errors) =>
        new(errors.GroupBy(e => e.Where).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()));

    /// <summary>One line per error, e.g. "row 5, finding_kind: 'Must' is not MustDo or ShouldDo".</summary>
    public static IEnumerable<string> Lines(RequestValidationException exception) =>
        exception.Errors.SelectMany(e => e.Value.Select(reason => $"{e.Key}: {reason}"));
}
