using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.PersonalData;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tenancy;
using QipTracker.Web.Application;
using QipTracker.Web.Security;

namespace QipTracker.Web.Features.People;

/// <summary>
/// Subject access for <see cref="ExportPersonData"/> (a trust admin, a person of their trust, that trust's records) and
/// <see cref="Accounts.ExportAccountData"/> (the system administrator, anyone, every trust): the export, recorded in the
/// security log as the administrator's act on the person.
/// </summary>
public sealed class PersonalDataAccess(QipDbContext db, PersonalDataExport export, SecurityLog log, TimeProvider clock)
{
    public async Task<JsonObject> ExportAsync(Guid userId, Guid? trustId, CancellationToken ct)
    {
        if (trustId is not null && !await PersonErasure.InTrustAsync(db, userId, ct)) throw new NotFoundException("That person");
        var data = await export.ExportAsync(userId, trustId, clock.GetUtcNow(), ct) ?? throw new NotFoundException("That person");
        var email = await db.Users.Where(u => u.Id == userId).Select(u => u.Email).SingleAsync(ct);
        log.Add(db, SecurityEventKind.PersonalDataExported, userId, email, trustId, trustId is null ? "Every trust" : "This trust");
        await db.SaveChangesAsync(ct);
        return data;
    }
}
