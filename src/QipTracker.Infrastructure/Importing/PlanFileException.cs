namespace QipTracker.Infrastructure.Importing;

/// <summary>The file cannot be read as a plan at all (not a CSV or XLSX, broken quoting, not a workbook).</summary>
public sealed class PlanFileException(string message, Exception? inner = null) : Exception(message, inner);
