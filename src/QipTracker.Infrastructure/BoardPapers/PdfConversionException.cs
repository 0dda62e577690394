namespace QipTracker.Infrastructure.BoardPapers;

/// <summary>LibreOffice could not be found, failed, or ran out of time; <see cref="OfficeOutput"/> holds what it printed.</summary>
public sealed class PdfConversionException(string message, string officeOutput = "")
    : Exception(officeOutput.Length == 0 ? message : $"{message}{Environment.NewLine}LibreOffice said: {officeOutput}")
{
    public string OfficeOutput { get; } = officeOutput;
}
