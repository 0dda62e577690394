using MediatR;
using QipTracker.Domain.BoardPapers;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Features.BoardPapers;
using QipTracker.Web.Features.PlanImport;

namespace QipTracker.Web.CommandLine;

/// <summary>
/// Generates a month's board paper (or partner pack) as the system, keeps it in the trust's paper history
/// like one generated from the page, and writes its DOCX, PDF, PPTX and frozen JSON (or those asked for) to a folder,
/// printing each file's path.
/// </summary>
[Verb("board-paper", "Generate a month's board paper or partner pack and write its DOCX, PDF, PPTX and frozen JSON to a folder.",
    "board-paper --trust \"<trust name>\" --month yyyy-MM --out <folder> [--kind board|partner] [--format docx,pdf,pptx,json]")]
public sealed class BoardPaperVerb(IMediator mediator, CurrentUser current, QipDbContext db) : ICommandVerb
{
    public async Task<int> RunAsync(VerbArguments args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var monthText = args.Required("month");
        if (!PaperMonth.TryParse(monthText, out var month)) throw new VerbUsageException($"--month '{monthText}' is not a month in the form yyyy-MM.");
        var kind = (args.Optional("kind") ?? "board").ToLowerInvariant() switch
        {
            "board" => GeneratedPaperKind.BoardPaper,
            "partner" => GeneratedPaperKind.PartnerPack,
            var other => throw new VerbUsageException($"--kind '{other}' is not board or partner."),
        };
        var formats = Formats(args.Optional("format"));
        var folder = Path.GetFullPath(args.Required("out"));

        var name = args.Required("trust");
        var trust = await db.FindTrustByNameAsync(name, ct);
        if (trust is null)
        {
            await error.WriteLineAsync($"There is no trust called '{name}'.");
            return 1;
        }
        current.ActAsSystemIn(trust.Id);
        var paper = await mediator.Send(new GenerateBoardPaper(month, kind), ct);

        Directory.CreateDirectory(folder);
        foreach (var format in formats)
        {
            var file = await mediator.Send(new DownloadPaper(paper.Id, format), ct);
            var path = Path.Combine(folder, file.FileName);
            await using (file.Content)
            await using (var target = File.Create(path))
                await file.Content.CopyToAsync(target, ct);
            await output.WriteLineAsync(path);
        }
        return 0;
    }

    /// <summary>"pptx" or "docx,pdf": the files to write, in the order given; all of them when none is given.</summary>
    private static List<PaperFormat> Formats(string? text)
    {
        if (text is null) return [PaperFormat.Docx, PaperFormat.Pdf, PaperFormat.Json, PaperFormat.Pptx];
        var formats = new List<PaperFormat>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<PaperFormat>(name, ignoreCase: true, out var format) || !Enum.IsDefined(format) || name.Any(char.IsDigit))
                throw new VerbUsageException($"--format '{name}' is not docx, pdf, pptx or json.");
            if (!formats.Contains(format)) formats.Add(format);
        }
        return formats.Count > 0 ? formats : throw new VerbUsageException("--format names no format: give docx, pdf, pptx or json.");
    }
}
