using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;

namespace QipTracker.Web.Features.Register;

/// <summary>
/// The PMO moves many root causes to a new owner at once (someone left, a service was
/// restructured). This is an operational fix through the PMO, not a plan change for the ECIB, so
/// it applies RootCause.Reassign directly. All or nothing: each item carries the version the PMO
/// saw, and one stale item refuses the lot, naming its reference.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record BulkReassign(IReadOnlyList<(Guid RootCauseId, long Version)> Items, Guid NewOwnerId) : ICommand<BulkReassignResult>;

public sealed record BulkReassignResult(int Reassigned, string NewOwner, IReadOnlyList<string> References);

public sealed class BulkReassignValidator : AbstractValidator<BulkReassign>
{
    public BulkReassignValidator()
    {
        RuleFor(r => r.Items).NotEmpty().WithMessage("Choose at least one root cause to reassign.")
            .Must(i => i.Count <= 500).WithMessage("Reassign at most 500 root causes at once.");
        RuleFor(r => r.NewOwnerId).NotEmpty().WithMessage("Choose the new owner.");
    }
}

public sealed class BulkReassignHandler(QipDbContext db) : IRequestHandler<BulkReassign, BulkReassignResult>
{
    public async Task<BulkReassignResult> Handle(BulkReassign r, CancellationToken ct)
    {
        var newOwner = await db.Memberships.Where(m => m.UserId == r.NewOwnerId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => u.DisplayName).FirstOrDefaultAsync(ct)
            ?? throw new RequestValidationException(new Dictionary<string, string[]> { ["NewOwnerId"] = ["The new owner must be a member of this trust."] });

        var ids = r.Items.Select(i => i.RootCauseId).Distinct().ToList();
        var rootCauses = await db.RootCauses.Where(rc => ids.Contains(rc.Id)).ToDictionaryAsync(rc => rc.Id, ct);
        var missing = ids.Where(id => !rootCauses.ContainsKey(id)).ToList();
        if (missing.Count > 0) throw new NotFoundException($"Root cause {missing[0]}");

        // Check every version before changing anything, so a refusal leaves the whole batch untouched.
        foreach (var (id, version) in r.Items)
            if (rootCauses[id].Version != version)
                throw StaleException(rootCauses[id].Reference);
        foreach (var rootCause in rootCauses.Values) rootCause.EnsureLive();

        foreach (var (id, version) in r.Items)
        {
            var rootCause = rootCauses[id];
            db.Entry(rootCause).Property(rc => rc.Version).OriginalValue = version;
            rootCause.Reassign(r.NewOwnerId);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            // Someone saved between our read and our write.
            var reference = e.Entries.Select(x => x.Entity).OfType<Domain.Plans.RootCause>().FirstOrDefault()?.Reference ?? "a root cause";
            throw StaleException(reference);
        }
        return new BulkReassignResult(rootCauses.Count, newOwner, rootCauses.Values.Select(rc => rc.Reference).Order().ToList());
    }

    private static ConflictException StaleException(string reference) =>
        new($"Someone else changed {reference} since you opened it — reload to see their change. Nothing was reassigned.");
}
