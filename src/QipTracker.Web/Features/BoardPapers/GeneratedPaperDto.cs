using QipTracker.Domain.BoardPapers;

namespace QipTracker.Web.Features.BoardPapers;

/// <param name="PptxBytes">Null for a paper generated before decks were: regenerating it makes one.</param>
/// <param name="GeneratedBy">The person, or the system when the monthly job or the command line made it.</param>
public sealed record GeneratedPaperDto(Guid Id, DateOnly Month, GeneratedPaperKind Kind, DateTimeOffset GeneratedAt, string GeneratedBy,
    long DocxBytes, long PdfBytes, Guid? RegeneratedFrom, long? PptxBytes = null)
{
    public const string BySystem = "QipTracker (monthly job or command line)";
}
