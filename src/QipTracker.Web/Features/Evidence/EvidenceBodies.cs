namespace QipTracker.Web.Features.Evidence;

// JSON bodies of the evidence endpoints: the root cause comes from the route.
public sealed record NoteEvidenceBody(string Title, string WhatItShows);
public sealed record LinkEvidenceBody(string Title, string Url, string? WhatItShows);

/// <summary>The multipart form of a file upload, described for the OpenAPI document; the endpoint reads the form itself.</summary>
public sealed record FileEvidenceForm(IFormFile File, string Title, string? WhatItShows);
