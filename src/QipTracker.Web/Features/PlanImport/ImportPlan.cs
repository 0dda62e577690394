using System.Security.Cryptography;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Common;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Importing;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Features.RootCauses;

namespace QipTracker.Web.Features.PlanImport;

/// <summary>
/// Imports a whole plan from a CSV or XLSX file into the current trust, all or nothing: one bad row and nothing
/// is saved, and the error lists every bad row. Every run first works out what the file would write (the
/// preview: each record created or updated, field by field, and the key that names it); then:
/// <list type="bullet">
/// <item><see cref="DryRun"/>: the preview, nothing saved;</item>
/// <item>with a <see cref="PreviewKey"/>: saved only if the preview is still that one, else the new preview (<see cref="ImportOutcome.PreviewChanged"/>);</item>
/// <item>without one: saved unless it changes findings already in the plan, which needs a confirmed preview (<see cref="ImportOutcome.NeedsConfirmation"/>).</item>
/// </list>
/// A reference already in the plan names that record, so its row updates it: a colliding MD-1 is that finding.
/// </summary>
[RequiresRole(TrustRole.Pmo)]
public sealed record ImportPlan(Stream Content, [property: FileName] string FileName, bool DryRun, [property: NotFreeText] string? PreviewKey = null) : ICommand<ImportResult>;

public sealed class ImportPlanValidator : AbstractValidator<ImportPlan>
{
    public ImportPlanValidator()
    {
        RuleFor(r => r.FileName).MaximumLength(InputLimits.FileName);
        RuleFor(r => r.PreviewKey).MaximumLength(InputLimits.Reference);
    }
}

public sealed class ImportPlanHandler(QipDbContext db, ICurrentUser user, TimeProvider clock, ILookupNormalizer normalizer,
    People.Invitations invitations, ImportLimits limits)
    : IRequestHandler<ImportPlan, ImportResult>
{
    public async Task<ImportResult> Handle(ImportPlan request, CancellationToken ct)
    {
        var trustId = user.TrustId ?? throw new ForbiddenException("Choose a trust to import the plan into.");
        var context = new ImportContext(trustId, user.UserId, clock.Today(), clock.GetUtcNow());

        var file = await BufferAsync(request.Content, ct);
        var fileHash = SHA256.HashData(file.GetBuffer().AsSpan(0, (int)file.Length));
        var validation = PlanValidator.Validate(file, request.FileName, context.Today, limits);
        if (!validation.IsValid) throw PlanImportErrors.ToException(validation.Errors, limits);

        var emails = validation.Rows.Select(r => normalizer.NormalizeEmail(r.OwnerEmail)!).Distinct().ToList();
        var plan = await ExistingPlan.LoadAsync(db, emails, context.Now, ct);
        var before = PlanSnapshot.Of(plan);
        var owners = new PlanOwners(db, plan, context, normalizer);
        var importer = new PlanImporter(db, plan, context, owners);
        importer.Apply(validation.Rows);
        var preview = await PreviewAsync(trustId, fileHash, validation.Rows.Count, plan, before, importer, owners, ct);

        var outcome = importer.Errors.Count > 0 ? ImportOutcome.Refused
            : request.DryRun ? ImportOutcome.Preview
            : request.PreviewKey is { } key ? (preview.IsConfirmedBy(key) ? ImportOutcome.Applied : ImportOutcome.PreviewChanged)
            : preview.ExistingFindingsChanged > 0 ? ImportOutcome.NeedsConfirmation
            : ImportOutcome.Applied;
        if (outcome != ImportOutcome.Applied)
        {
            // Nothing of a refused or unconfirmed run may reach the database through a later save in this scope.
            db.ChangeTracker.Clear();
            if (outcome == ImportOutcome.Refused)
                throw PlanImportErrors.ToException(importer.Errors.OrderBy(e => e.Row), limits, preview.As(outcome));
            return preview.As(outcome);
        }
        if (owners.ToInvite.Count > 0)
        {
            var trustName = await db.Trusts.Where(t => t.Id == trustId).Select(t => t.Name).SingleAsync(ct);
            foreach (var (invitee, address) in owners.ToInvite)
                await invitations.IssueAsync(trustId, trustName, invitee, address, PlanOwners.DisplayNameOf(address), TrustRole.RootCauseOwner,
                    user.UserId ?? Guid.Empty, ct);
        }
        await db.SaveChangesAsync(ct);
        return preview.As(outcome);
    }

    private async Task<ImportPreview> PreviewAsync(Guid trustId, byte[] fileHash, int rows, ExistingPlan plan, PlanSnapshot before,
        PlanImporter importer, PlanOwners owners, CancellationToken ct)
    {
        var diff = PlanDiff.Between(before, PlanSnapshot.Of(plan), importer.InFile);
        var wording = new ImportWording(plan, await PeopleAsync(diff.People, plan, ct));
        var changes = wording.Findings(diff).Concat(wording.RootCauses(diff))
            .Concat(ImportWording.Isgs(importer.NewIsgs)).Concat(ImportWording.People(owners));
        return ImportPreview.Build(trustId, fileHash, rows, changes, importer.Isgs, diff.FindingCounts, diff.RootCauseCounts, importer.Links,
            owners.Tally.Counts, diff.FindingsNotInFile, diff.RootCausesNotInFile);
    }

    /// <summary>The owners a preview names, by name and email: the file's people are already loaded, earlier owners are read in one query.</summary>
    private async Task<Dictionary<Guid, string>> PeopleAsync(IEnumerable<Guid> ids, ExistingPlan plan, CancellationToken ct)
    {
        var known = plan.Users.Values.ToDictionary(u => u.Id, u => ImportWording.Person(u.DisplayName, u.Email));
        var missing = ids.Where(id => !known.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            foreach (var u in await db.Users.AsNoTracking().Where(u => missing.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.Email }).ToListAsync(ct))
                known[u.Id] = ImportWording.Person(u.DisplayName, u.Email);
        return known;
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
