using MediatR;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.BoardPapers;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>The whole paper as HTML, from the data and the saved draft as they are now, for the PMO to check before generating.</summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record PreviewPaper(DateOnly Month, PaperKind Kind = PaperKind.BoardPaper) : IQuery<string>;

public sealed class PreviewPaperHandler(BoardPaperAssembler assembler, HtmlWriter html) : IRequestHandler<PreviewPaper, string>
{
    public async Task<string> Handle(PreviewPaper r, CancellationToken ct) =>
        html.Write((await assembler.AssembleAsync(r.Month, ct)).Content, r.Kind);
}
