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
        var query = Filter(db.RootCauses.Where(RootCauseRules.Live), r, today).WithRag(today);
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

    private IQueryable<RootCause> Filter(IQueryable<RootCause> query, SearchRegister r, DateOnly today)
    {
        if (r.IsgId is { } isg) query = query.Where(rc => rc.IsgId == isg);
        if (r.Priority is { } priority) query = query.Where(rc => rc.Priority == priority);
        if (r.OwnerId is { } owner) query = query.Where(rc => rc.OwnerId == owner);
        if (r.Status is { } status) query = query.Where(rc => rc.Status == status);
        if (r.OverdueOnly) query = query.Where(RootCauseRules.Overdue(today));
        if (!string.IsNullOrWhiteSpace(r.Text))
        {
            // Lower-cased on both sides: SQLite's instr and PostgreSQL's strpos are case-sensitive.
            var text = r.Text.Trim().ToLowerInvariant();
            query = query.Where(rc => rc.Reference.ToLower().Contains(text) || rc.Description.ToLower().Contains(text)
                || db.RootCauseFindings.Any(l => l.RootCauseId == rc.Id
                    && db.Findings.Any(f => f.Id == l.FindingId && f.Reference.ToLower().Contains(text))));
        }
        return query;
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
