namespace QipTracker.Web.Features.Kpis;

/// <summary>
/// One measurement as a CSV row or an API item gave it, before it is checked against the KPI library.
/// <paramref name="Row"/> is the CSV line (header = 1) or the API item's position from 1; <paramref name="ValueText"/>
/// is what was written, for the error when <paramref name="Value"/> is not a number.
/// </summary>
public sealed record MeasurementLine(int Row, string Code, string Period, decimal? Value, string ValueText, string? Note);
