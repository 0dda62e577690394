using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Imports a whole plan from a CSV or XLSX file into the current trust, all or nothing: one bad
/// row and nothing is saved, and the error lists every bad row. A dry run checks everything,
/// database included, and reports what would change without saving.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record ImportPlan(Stream Content, [property: FileName] string FileName, bool DryRun) : ICommand<ImportResult>;

public sealed class ImportPlanHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, ILookupNormalizer normalizer,
    People.Invitations invitations, ImportLimits limits)
    : IRequestHandler<ImportPlan, ImportResult>
{
    public async Task<ImportResult> Handle(ImportPlan request, CancellationToken ct)
    {
        var trustId = user.TrustId ?? throw new ForbiddenException("Choose a trust to import the plan into.");
        var context = new ImportContext(trustId, user.UserId, clock.Today(), clock.GetUtcNow());

        var validation = PlanValidator.Validate(await BufferAsync(request.Content, ct), request.FileName, context.Today, limits);
        if (!validation.IsValid) throw PlanImportErrors.ToException(validation.Errors, limits);

        var emails = validation.Rows.Select(r => normalizer.NormalizeEmail(r.OwnerEmail)!).Distinct().ToList();
        var plan = await ExistingPlan.LoadAsync(db, emails, context.Now, ct);
        var owners = new PlanOwners(db, plan, context, normalizer);
        var importer = new PlanImporter(db, plan, context, owners);
        var result = importer.Apply(validation.Rows, request.DryRun);

        if (importer.Errors.Count > 0 || request.DryRun)
        {
            // Nothing of a failed or dry run may reach the database through a later save in this scope.
            db.ChangeTracker.Clear();
            if (importer.Errors.Count > 0) throw PlanImportErrors.ToException(importer.Errors.OrderBy(e => e.Row), limits);
            return result;
        }
        if (owners.ToInvite.Count > 0)
        {
            var trustName = await db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(ct);
            foreach (var (invitee, address) in owners.ToInvite)
                await invitations.IssueAsync(trustId, trustName, invitee, address, PlanOwners.DisplayNameOf(address), TrustRole.RootCauseOwner,
                    user.UserId ?? Guid.Empty, ct);
        }
        await db.SaveChangesAsync(ct);
        return result;
    }

    // Read asynchronously (a request body may not be read synchronously), and refuse a mistaken huge upload.
    private async Task<MemoryStream> BufferAsync(Stream content, CancellationToken ct)
    {
        try
        {
            return await BoundedCopy.ToMemoryAsync(content, limits, ct);
        }
        catch (PlanFileException e)
        {
            throw PlanImportErrors.ToException([PlanImportError.InFile(e.Message)], limits);
        }
    }
}
