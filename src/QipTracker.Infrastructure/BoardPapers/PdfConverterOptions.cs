namespace QipTracker.Infrastructure.BoardPapers;

public sealed record PdfConverterOptions
{
    /// <summary>How long one conversion may take before LibreOffice is killed. A cold start with a fresh profile takes a few seconds.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The LibreOffice binary; null finds <c>soffice</c> or <c>libreoffice</c> on the PATH.</summary>
    public string? OfficePath { get; init; }

    /// <summary>
    /// Where each conversion makes (and then removes) its working folder, readable by this user only (mode 0700): the
    /// app uses a private folder under its data folder unless <c>BoardPapers:TempFolder</c> names another. Null makes
    /// each working folder a private one of its own in the system temp folder.
    /// </summary>
    public string? TempFolder { get; init; }
}
