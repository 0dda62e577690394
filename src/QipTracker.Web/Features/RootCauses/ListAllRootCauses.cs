using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Api;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Register;

namespace QipTracker.Web.Features.RootCauses;

/// <summary>
/// Every root cause of the trust for a BI pull, in change order a page at a time (<see cref="IChangeList"/>), filtered
/// as the register filters (<see cref="RegisterFilter"/>, RAG and overdue by the Domain's rules). Unlike the register,
/// withdrawn root causes stay in the list with their <see cref="RootCauseListItem.WithdrawnOn"/>: that is how an
/// incremental pull learns one left the plan. The register's readers may pull it.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record ListAllRootCauses(
    Guid? IsgId = null,
    Guid? FindingId = null,
    Guid? OwnerId = null,
    PriorityClass? Priority = null,
    RootCauseStatus? Status = null,
    Rag? Rag = null,
    bool? Overdue = null,
    bool? Withdrawn = null,
    string? Text = null,
    DateTimeOffset? ModifiedSince = null,
    string? Cursor = null,
    int? PageSize = null) : IQuery<ListPage<RootCauseListItem>>, IChangeList;

/// <param name="Rag">As the register shows it today (<see cref="RagRule"/>); it can move with the date alone.</param>
/// <param name="Overdue">Today, by <see cref="RootCauseRules.Overdue"/>; it can move with the date alone.</param>
/// <param name="FindingIds">The findings it answers, with <paramref name="Findings"/> their references in the same order.</param>
/// <param name="ChangedAt">When the row last changed: the order of the list and what modifiedSince compares.</param>
public sealed record RootCauseListItem(Guid Id, string Reference, string Description, Guid IsgId, string Isg, Guid OwnerId, string Owner,
    PriorityClass Priority, RootCauseStatus Status, Rag Rag, bool Overdue, DateOnly BaselineDue, DateOnly ForecastDue, bool ReportedOffTrack,
    DateOnly? CompletedOn, DateOnly? AssuredOn, DateOnly? EmbeddedOn, DateOnly? WithdrawnOn, Guid? KpiId,
    IReadOnlyList<Guid> FindingIds, IReadOnlyList<string> Findings, long Version, DateTimeOffset ChangedAt) : IChangeListItem;

public sealed class ListAllRootCausesValidator : AbstractValidator<ListAllRootCauses>
{
    public ListAllRootCausesValidator()
    {
        this.ChangeListRules();
        RuleFor(r => r.Text).MaximumLength(InputLimits.Name);
    }
}

public sealed class ListAllRootCausesHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<ListAllRootCauses, ListPage<RootCauseListItem>>
{
    public async Task<ListPage<RootCauseListItem>> Handle(ListAllRootCauses r, CancellationToken ct)
    {
        var today = clock.Today();
        var query = new RegisterFilter(r.IsgId, r.Priority, r.OwnerId, r.Status, Text: r.Text, FindingId: r.FindingId)
            .Apply(db, db.RootCauses, today);
        if (r.Withdrawn is { } withdrawn) query = query.Where(rc => (rc.WithdrawnOn != null) == withdrawn);
        var rated = query.WithRag(today);
        if (r.Rag is { } rag) rated = rated.Where(x => x.Rag == rag);
        if (r.Overdue is { } overdue) rated = rated.Where(x => x.Overdue == overdue);

        var rows = await rated.Window(r, x => x.RootCause)
            .Select(x => new RootCauseListItem(x.RootCause.Id, x.RootCause.Reference, x.RootCause.Description,
                    x.RootCause.IsgId, db.Isgs.Where(i => i.Id == x.RootCause.IsgId).Select(i => i.Name).FirstOrDefault() ?? "",
                    x.RootCause.OwnerId, db.Users.Where(u => u.Id == x.RootCause.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                    x.RootCause.Priority, x.RootCause.Status, x.Rag, x.Overdue, x.RootCause.BaselineDue, x.RootCause.ForecastDue,
                    x.RootCause.ReportedOffTrack, x.RootCause.CompletedOn, x.RootCause.AssuredOn, x.RootCause.EmbeddedOn, x.RootCause.WithdrawnOn,
                    x.RootCause.KpiId,
                    db.RootCauseFindings.Where(l => l.RootCauseId == x.RootCause.Id)
                        .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f).OrderBy(f => f.Reference).Select(f => f.Id).ToList(),
                    db.RootCauseFindings.Where(l => l.RootCauseId == x.RootCause.Id)
                        .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f.Reference).OrderBy(f => f).ToList(),
                    x.RootCause.Version, EF.Property<DateTimeOffset>(x.RootCause, ChangeStamp.Property)))
            .AsNoTracking().ToListAsync(ct);
        return rows.Page(r);
    }
}
