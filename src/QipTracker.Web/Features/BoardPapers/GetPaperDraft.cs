using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>The month's paper draft for the PMO to edit, or a new one prefilled with the trust's defaults.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record GetPaperDraft(DateOnly Month) : IQuery<PaperDraftDto>;

public sealed class GetPaperDraftHandler(BoardPaperAssembler assembler, QipDbContext db) : IRequestHandler<GetPaperDraft, PaperDraftDto>
{
    public Task<PaperDraftDto> Handle(GetPaperDraft r, CancellationToken ct) => PaperDraftView.LoadAsync(assembler, db, r.Month, ct);
}

/// <summary>The month's draft as <see cref="GetPaperDraft"/> shows it: shared with <see cref="SavePaperDraft"/>, which answers with it.</summary>
public static class PaperDraftView
{
    public static async Task<PaperDraftDto> LoadAsync(BoardPaperAssembler assembler, QipDbContext db, DateOnly month, CancellationToken ct)
    {
        var paper = await assembler.AssembleAsync(month, ct);
        return PaperDraftDto.From(paper, saved: db.Entry(paper.Draft).State != EntityState.Detached);
    }
}
