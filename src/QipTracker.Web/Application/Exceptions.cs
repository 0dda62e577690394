namespace QipTracker.Web.Application;

/// <summary>Not found, or not in the caller's trust: both look the same from outside (HTTP 404).</summary>
public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>The caller's role does not allow this (HTTP 403).</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>Someone else changed the record since the caller loaded it (HTTP 409).</summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>Input failed validation; each error names its field (HTTP 400).</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("The request is not valid: " + string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>What the caller may show beside the errors, by name (a refused plan import's preview of its other rows); sent as is in the 400.</summary>
    public IReadOnlyDictionary<string, object?> Details { get; init; } = new Dictionary<string, object?>();
}
