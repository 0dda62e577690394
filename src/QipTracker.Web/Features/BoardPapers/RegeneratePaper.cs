using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Rebuilds a generated paper's Word, PDF and PowerPoint files from its frozen content alone — not from the data, which
/// may have moved on — as a new paper in the history that says which one it came from. For a lost file, a
/// newer layout or font, or a copy to send again: the figures are the ones the board saw.
/// Not an ICommand, for the reason given on <see cref="GenerateBoardPaper"/>.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record RegeneratePaper(Guid PaperId) : IRequest<GeneratedPaperDto>;

public sealed class RegeneratePaperHandler(QipDbContext db, PaperFiles files, ICurrentUser user, PaperHistory papers)
    : IRequestHandler<RegeneratePaper, GeneratedPaperDto>
{
    public async Task<GeneratedPaperDto> Handle(RegeneratePaper r, CancellationToken ct)
    {
        var source = await db.GeneratedPapers.AsNoTracking().Where(p => p.Id == r.PaperId)
            .Select(p => new { p.Id, p.TrustId, p.Month, p.Kind, p.ContentJson })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Generated paper {r.PaperId}");
        var generated = await files.CreateAsync(source.TrustId, source.Month, source.Kind, source.ContentJson, user.UserId, source.Id, ct);
        return (await papers.ListAsync(source.Month, ct)).Single(p => p.Id == generated.Id);
    }
}
