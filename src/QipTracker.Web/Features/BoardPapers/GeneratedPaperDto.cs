using QipTracker.Domain.BoardPapers;

namespace QipTracker.Web.Features.BoardPapers;

/// <param name="GeneratedBy">The person, or "Monthly job".</param>
public sealed record GeneratedPaperDto(Guid Id, DateOnly Month, GeneratedPaperKind Kind, DateTimeOffset GeneratedAt, string GeneratedBy,
    long DocxBytes, long PdfBytes, Guid? RegeneratedFrom)
{
    public const string ByJob = "Monthly job";
}
