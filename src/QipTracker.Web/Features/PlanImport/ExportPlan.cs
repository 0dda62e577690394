using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// The trust's plan register as a spreadsheet in the import's columns (xlsx or csv), one row per
/// (finding, root cause) pair, so that an export edited and imported again updates the plan.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ExportPlan(string Format) : IQuery<ExportedPlan>;

public sealed record ExportedPlan(byte[] Content, string FileName, string ContentType, int Rows);

public sealed class ExportPlanValidator : AbstractValidator<ExportPlan>
{
    public ExportPlanValidator() =>
        RuleFor(r => r.Format).Must(f => PlanFileFormats.FromName(f) is not null).WithMessage("The format is xlsx or csv.");
}

public sealed class ExportPlanHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<ExportPlan, ExportedPlan>
{
    public async Task<ExportedPlan> Handle(ExportPlan request, CancellationToken ct)
    {
        var format = PlanFileFormats.FromName(request.Format)!.Value;
        var trust = await db.Trusts.Select(t => t.Name).SingleAsync(ct);
        var rows = await PlanRegisterRows.LoadAsync(db, ct);
        var fileName = $"{Slug(trust)}-plan-{PlanCells.Date(clock.Today())}{format.Extension()}";
        return new ExportedPlan(PlanFileWriter.Write(rows, format), fileName, format.ContentType(), rows.Count);
    }

    private static string Slug(string name) =>
        string.Join('-', new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
