namespace QipTracker.Web.Api;

/// <summary>
/// The body of a command that needs only the version the person loaded (assure, embed, start a sprint): shared by the
/// features' endpoints, so the API reference names it once.
/// </summary>
public sealed record VersionBody(long Version);
