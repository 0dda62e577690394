namespace QipTracker.Web.Application;

// How the input policy (InputPolicy) treats a property of a request that is not ordinary typed text.

/// <summary>
/// A file name (an upload's): besides the characters no text may hold, tabs and line breaks (a file name ends up in
/// download headers) and the bidirectional controls that can disguise a file's type are refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FileNameAttribute : Attribute;

/// <summary>
/// The whole text of an uploaded file (a CSV). The policy leaves it alone: its reader holds every row and
/// column to the same policy and to the import limits, and names the row and column of each problem.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FileContentAttribute : Attribute;

/// <summary>
/// A batch of rows (an API push of measurements, a series to analyse): bounded by the import limit on rows
/// (<c>Import:MaxRows</c>) rather than the general limit on list items.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ImportRowsAttribute : Attribute;

/// <summary>
/// A secret or machine key a person never reads back (a password, an invitation or reset token, an import preview's
/// key): the patient-data guard (<see cref="QipTracker.Domain.Common.PatientData"/>) skips it. Such text is hashed or
/// looked up, never stored or shown, and a random one holds ten digits passing Modulus 11 often enough to refuse
/// people by chance. Every other text field is free text to the guard.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotFreeTextAttribute : Attribute;
