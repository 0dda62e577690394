using System.Globalization;
using QipTracker.Infrastructure.Importing;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// A plan import's row errors as the app's validation error (HTTP 400), keyed by where the problem
/// is — "row 5, finding_kind" — so that a page, the API and the command line all list them. A file
/// with thousands of bad rows lists the first <see cref="ImportLimits.MaxErrors"/> and counts the rest
/// under <see cref="MoreKey"/>, so the answer stays readable (and small).
/// </summary>
public static class PlanImportErrors
{
    public const string MoreKey = "more errors";

    /// <summary>The key under which a refused import's 400 carries the preview of its other rows.</summary>
    public const string PreviewKey = "preview";

    public static RequestValidationException ToException(IEnumerable<PlanImportError> errors, ImportLimits limits, ImportResult? preview = null)
    {
        var listed = new List<PlanImportError>(Math.Min(limits.MaxErrors, 1024));
        var unlisted = 0;
        foreach (var error in errors)
            if (listed.Count < limits.MaxErrors) listed.Add(error);
            else unlisted++;
        var keyed = listed.GroupBy(e => e.Where).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray());
        if (unlisted > 0)
            keyed[MoreKey] =
            [
                $"{unlisted.ToString("N0", CultureInfo.InvariantCulture)} more errors are not listed: the first {limits.MaxErrors.ToString("N0", CultureInfo.InvariantCulture)} are " +
                $"({ImportLimits.Key(nameof(ImportLimits.MaxErrors))}). Fix those and check the file again.",
            ];
        return new RequestValidationException(keyed)
        {
            Details = preview is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { [PreviewKey] = preview },
        };
    }

    /// <summary>One line per error, e.g. "row 5, finding_kind: 'Must' is not MustDo or ShouldDo".</summary>
    public static IEnumerable<string> Lines(RequestValidationException exception) =>
        exception.Errors.SelectMany(e => e.Value.Select(reason => $"{e.Key}: {reason}"));
}
