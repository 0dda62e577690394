using FluentValidation;
using MediatR;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security.Sessions;

namespace QipTracker.Web.Features.Accounts;

/// <summary>The system administrator finds accounts anywhere on the platform by (part of) their email.</summary>
[SystemAdminOnly]
public sealed record SearchAccounts(string? Email) : IQuery<IReadOnlyList<AccountDto>>;

public sealed class SearchAccountsValidator : AbstractValidator<SearchAccounts>
{
    public SearchAccountsValidator() => RuleFor(r => r.Email).MaximumLength(256);
}

public sealed class SearchAccountsHandler(QipDbContext db, UserSessions sessions, ICurrentUser current, TimeProvider clock)
    : IRequestHandler<SearchAccounts, IReadOnlyList<AccountDto>>
{
    private const int MaxResults = 50;

    public async Task<IReadOnlyList<AccountDto>> Handle(SearchAccounts r, CancellationToken ct)
    {
        var query = db.Users.AsQueryable();
        if (!string.IsNullOrWhiteSpace(r.Email))
        {
            var part = r.Email.Trim().ToUpperInvariant();
            query = query.Where(u => u.NormalizedEmail!.Contains(part));
        }
        return await AccountView.ProjectAsync(db, sessions, current, clock, query.OrderBy(u => u.NormalizedEmail).Take(MaxResults), ct);
    }
}
