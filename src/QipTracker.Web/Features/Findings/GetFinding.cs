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
    public async Task<FindingDto> Handle(GetFinding request, CancellationToken ct) =>
        await db.Findings.Where(f => f.Id == request.Id)
            .Select(FindingDto.Projection)
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException($"Finding {request.Id}");
}
