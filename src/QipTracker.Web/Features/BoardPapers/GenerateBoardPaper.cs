using MediatR;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>
/// Generates the month's board paper or partner pack from the data and the saved draft: the content is
/// frozen as JSON and kept with the Word and PDF files, so the paper can be reproduced whatever happens
/// to the plan afterwards. Not an <see cref="ICommand{T}"/> on purpose: LibreOffice takes seconds, and a
/// command's transaction would hold the database's write lock (SQLite) all that time; the one save at
/// the end is atomic on its own.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record GenerateBoardPaper(DateOnly Month, GeneratedPaperKind Kind = GeneratedPaperKind.BoardPaper) : IRequest<GeneratedPaperDto>;

public sealed class GenerateBoardPaperHandler(BoardPaperGenerator generator) : IRequestHandler<GenerateBoardPaper, GeneratedPaperDto>
{
    public Task<GeneratedPaperDto> Handle(GenerateBoardPaper r, CancellationToken ct) => generator.GenerateAsync(r.Month, r.Kind, ct);
}

/// <summary>
/// Generating a paper: assembled from the data, frozen and written to files, answered as the history lists it. Shared by
/// <see cref="GenerateBoardPaper"/> and the monthly job (<see cref="DraftMonthlyPaper"/>).
/// </summary>
public sealed class BoardPaperGenerator(BoardPaperAssembler assembler, PaperFiles files, PaperHistory papers, ICurrentUser user)
{
    public async Task<GeneratedPaperDto> GenerateAsync(DateOnly month, GeneratedPaperKind kind, CancellationToken ct)
    {
        var paper = await assembler.AssembleAsync(month, ct);
        var generated = await files.CreateAsync(user.TrustId!.Value, month, kind, BoardPaperJson.Serialize(paper.Content), user.UserId, null, ct);
        return (await papers.ListAsync(month, ct)).Single(p => p.Id == generated.Id);
    }
}
