using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>The paper history, newest first: every generated paper (of one month, if given) with its files.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ListGeneratedPapers(DateOnly? Month = null) : IQuery<IReadOnlyList<GeneratedPaperDto>>;

public sealed class ListGeneratedPapersHandler(PaperHistory papers) : IRequestHandler<ListGeneratedPapers, IReadOnlyList<GeneratedPaperDto>>
{
    public Task<IReadOnlyList<GeneratedPaperDto>> Handle(ListGeneratedPapers r, CancellationToken ct) => papers.ListAsync(r.Month, ct);
}

/// <summary>The paper history read, shared by the board papers page and the board member's Home.</summary>
public sealed class PaperHistory(QipDbContext db)
{
    public async Task<IReadOnlyList<GeneratedPaperDto>> ListAsync(DateOnly? month, CancellationToken ct) =>
        await db.GeneratedPapers.Where(p => month == null || p.Month == month)
            .OrderByDescending(p => p.GeneratedAt)
            // The content JSON stays in the database: the list only says which files there are.
            .Select(p => new GeneratedPaperDto(p.Id, p.Month, p.Kind, p.GeneratedAt,
                db.Users.Where(u => u.Id == p.GeneratedBy).Select(u => u.DisplayName).FirstOrDefault() ?? GeneratedPaperDto.BySystem,
                p.DocxBytes, p.PdfBytes, p.RegeneratedFrom, p.PptxBytes))
            .ToListAsync(ct);
}
