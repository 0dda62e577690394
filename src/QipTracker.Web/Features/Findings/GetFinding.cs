using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Plans;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Findings;

[AnyTrustMember]
public sealed record GetFinding(Guid Id) : IQuery<FindingDto>;

public sealed record FindingDto(Guid Id, string Reference, string Text, FindingKind Kind, PriorityClass Priority,
    string? CoreService, string? Site, CqcDomain? Domain, string? Regulation, Guid IsgId, bool SafetyUrgent,
    string? KloeCode, string? PromptCode, long Version, string? Source = null, Guid? InspectionId = null)
{
    /// <summary>The SQL projection shared by every finding query; the priority class follows FindingKind.Priority().</summary>
    public static readonly System.Linq.Expressions.Expression<Func<Finding, FindingDto>> Projection = f => new FindingDto(f.Id, f.Reference, f.Text, f.Kind,
        f.Kind == FindingKind.MustDo || f.Kind == FindingKind.NoticeRequirement ? PriorityClass.MustDo : PriorityClass.ShouldDo,
        f.CoreService, f.Site, f.Domain, f.Regulation, f.IsgId, f.SafetyUrgent, f.KloeCode, f.PromptCode, f.Version, f.Source, f.InspectionId);
}

public sealed class GetFindingHandler(QipDbContext db) : IRequestHandler<GetFinding, FindingDto>
{
    public Task<FindingDto> Handle(GetFinding request, CancellationToken ct) => FindingView.LoadAsync(db, request.Id, ct);
}

/// <summary>One finding as people read it: shared by the query and the commands that answer with the finding they changed.</summary>
public static class FindingView
{
    public static async Task<FindingDto> LoadAsync(QipDbContext db, Guid id, CancellationToken ct) =>
        await db.Findings.Where(f => f.Id == id)
            .Select(FindingDto.Projection)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Finding {id}");
}
