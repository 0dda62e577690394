using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// The plan register: live root causes filtered, sorted and paged in SQL (RAG included), with
/// the total for the pager. Withdrawn root causes are no longer part of the plan and are left out.
/// </summary>
[RequiresRole(TrustRole.Pmo, TrustRole.IsgChair, TrustRole.AccountableExecutive, TrustRole.BoardMember)]
public sealed record SearchRegister(
    Guid? IsgId = null,
    PriorityClass? Priority = null,
    Rag? Rag = null,
    Guid? OwnerId = null,
    bool OverdueOnly = false,
    RootCauseStatus? Status = null,
    string? Text = null,
    RegisterSort Sort = RegisterSort.Reference,
    bool Descending = false,
    int Skip = 0,
    int Take = 25) : IQuery<RegisterPage>;

public enum RegisterSort { Reference, Description, Owner, Isg, Priority, BaselineDue, ForecastDue, Status, Rag }

public sealed record RegisterPage(int Total, IReadOnlyList<RegisterRow> Rows);

public sealed record RegisterRow(Guid Id, string Reference, string Description, Guid OwnerId, string Owner, Guid IsgId, string Isg,
    PriorityClass Priority, DateOnly BaselineDue, DateOnly ForecastDue, RootCauseStatus Status, Rag Rag, bool Overdue,
    IReadOnlyList<string> Findings, long Version);

public sealed class SearchRegisterValidator : AbstractValidator<SearchRegister>
{
    public SearchRegisterValidator()
    {
        RuleFor(r => r.Skip).GreaterThanOrEqualTo(0);
        RuleFor(r => r.Take).InclusiveBetween(1, 500);
        RuleFor(r => r.Text).MaximumLength(InputLimits.Name);
    }
}

public sealed class SearchRegisterHandler(QipDbContext db, TimeProvider clock) : IRequestHandler<SearchRegister, RegisterPage>
{
    public async Task<RegisterPage> Handle(SearchRegister r, CancellationToken ct)
    {
        var today = clock.Today();
        var query = new RegisterFilter(r.IsgId, r.Priority, r.OwnerId, r.Status, r.OverdueOnly, r.Text)
            .Apply(db, db.RootCauses.Where(RootCauseRules.Live), today).WithRag(today);
        if (r.Rag is { } rag) query = query.Where(x => x.Rag == rag);

        var total = await query.CountAsync(ct);
        var rows = await Sort(query, r.Sort, r.Descending)
            .Skip(r.Skip).Take(r.Take)
            .Select(x => new RegisterRow(x.RootCause.Id, x.RootCause.Reference, x.RootCause.Description, x.RootCause.OwnerId,
                db.Users.Where(u => u.Id == x.RootCause.OwnerId).Select(u => u.DisplayName).FirstOrDefault() ?? "",
                x.RootCause.IsgId, db.Isgs.Where(i => i.Id == x.RootCause.IsgId).Select(i => i.Name).FirstOrDefault() ?? "",
                x.RootCause.Priority, x.RootCause.BaselineDue, x.RootCause.ForecastDue, x.RootCause.Status, x.Rag, x.Overdue,
                db.RootCauseFindings.Where(l => l.RootCauseId == x.RootCause.Id)
                    .Join(db.Findings, l => l.FindingId, f => f.Id, (l, f) => f.Reference).OrderBy(f => f).ToList(),
                x.RootCause.Version))
            .ToListAsync(ct);
        return new RegisterPage(total, rows);
    }

    // Reference breaks ties so paging is stable.
    private IQueryable<RatedRootCause> Sort(IQueryable<RatedRootCause> q, RegisterSort sort, bool descending) => sort switch
    {
        RegisterSort.Description => By(q, x => x.RootCause.Description, descending),
        RegisterSort.Owner => By(q, x => db.Users.Where(u => u.Id == x.RootCause.OwnerId).Select(u => u.DisplayName).FirstOrDefault(), descending),
        RegisterSort.Isg => By(q, x => db.Isgs.Where(i => i.Id == x.RootCause.IsgId).Select(i => i.Name).FirstOrDefault(), descending),
        RegisterSort.Priority => By(q, x => x.RootCause.Priority, descending),
        RegisterSort.BaselineDue => By(q, x => x.RootCause.BaselineDue, descending),
        RegisterSort.ForecastDue => By(q, x => x.RootCause.ForecastDue, descending),
        RegisterSort.Status => By(q, x => x.RootCause.Status, descending),
        RegisterSort.Rag => By(q, x => x.Rag, descending),
        _ => descending ? q.OrderByDescending(x => x.RootCause.Reference) : q.OrderBy(x => x.RootCause.Reference),
    };

    private static IQueryable<RatedRootCause> By<TKey>(IQueryable<RatedRootCause> q, System.Linq.Expressions.Expression<Func<RatedRootCause, TKey>> key, bool descending) =>
        (descending ? q.OrderByDescending(key) : q.OrderBy(key)).ThenBy(x => x.RootCause.Reference);
}
