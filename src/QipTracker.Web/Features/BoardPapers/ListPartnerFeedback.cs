using System.Linq.Expressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.BoardPapers;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.BoardPapers;

/// <summary>One partner's feedback as the board papers page lists it.</summary>
public sealed record PartnerFeedbackDto(Guid Id, DateOnly MeetingOn, string From, string Said, string Response, string RecordedBy, long Version)
{
    /// <summary>The projection the list and a save answer with, with the name of who recorded it.</summary>
    public static Expression<Func<PartnerFeedback, PartnerFeedbackDto>> Of(QipDbContext db) => f =>
        new PartnerFeedbackDto(f.Id, f.MeetingOn, f.From, f.Said, f.Response,
            db.Users.Where(u => u.Id == f.RecordedBy).Select(u => u.DisplayName).FirstOrDefault() ?? "", f.Version);
}

/// <summary>The partners' feedback, newest meeting first; of the meetings held in one month, if given.</summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ListPartnerFeedback(DateOnly? Month = null) : IQuery<IReadOnlyList<PartnerFeedbackDto>>;

public sealed class ListPartnerFeedbackHandler(QipDbContext db) : IRequestHandler<ListPartnerFeedback, IReadOnlyList<PartnerFeedbackDto>>
{
    public async Task<IReadOnlyList<PartnerFeedbackDto>> Handle(ListPartnerFeedback r, CancellationToken ct)
    {
        var from = r.Month ?? DateOnly.MinValue;
        var to = r.Month?.AddMonths(1) ?? DateOnly.MaxValue;
        return await db.PartnerFeedbacks.Where(f => f.MeetingOn >= from && f.MeetingOn < to)
            .OrderByDescending(f => f.MeetingOn).ThenBy(f => f.From)
            .Select(PartnerFeedbackDto.Of(db))
            .ToListAsync(ct);
    }
}
