using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Oversight;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Oversight;

public sealed record ExitCriterionDto(Guid Id, string Text, DateOnly AgreedOn, ExitCriterionStatus Status, string EvidenceNote, long Version)
{
    public static readonly Expression<Func<ExitCriterion, ExitCriterionDto>> Of = c =>
        new ExitCriterionDto(c.Id, c.Text, c.AgreedOn, c.Status, c.EvidenceNote, c.Version);
}

/// <summary>The trust's exit criteria, in the order they were agreed, and whether the reader may edit them (the PMO).</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember, TrustRole.TrustAdmin)]
public sealed record ListExitCriteria : IQuery<ExitCriteriaList>;

public sealed record ExitCriteriaList(IReadOnlyList<ExitCriterionDto> Criteria, bool MayEdit);

public sealed class ListExitCriteriaHandler(QipDbContext db, ICurrentUser user) : IRequestHandler<ListExitCriteria, ExitCriteriaList>
{
    public async Task<ExitCriteriaList> Handle(ListExitCriteria request, CancellationToken ct) =>
        new(await db.ExitCriteria.OrderBy(c => c.AgreedOn).ThenBy(c => c.Text).Select(ExitCriterionDto.Of).ToListAsync(ct),
            user.MaySend<SaveExitCriterion>());
}
