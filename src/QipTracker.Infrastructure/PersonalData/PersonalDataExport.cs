using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.PersonalData;

/// <summary>
/// Everything held about one person, as JSON (subject access): the account, then for each column of
/// <see cref="PersonalDataMap.Exported"/> the rows that hold the person's id, whole (what they wrote included), and the
/// emails sent to their address. Read through the model, so a new column of the map needs no code here.
/// In one trust (<paramref name="trustId"/>) the rows are that trust's, as the tenancy filter gives them, and rows of
/// the account alone (sessions, external logins) are left to the system administrator; with none, every trust's.
/// </summary>
public sealed class PersonalDataExport(QipDbContext db)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<JsonObject?> ExportAsync(Guid userId, Guid? trustId, DateTimeOffset at, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return null;
        var export = new JsonObject
        {
            ["exportedAt"] = at,
            ["scope"] = trustId is null ? "every trust" : "this trust",
            ["account"] = new JsonObject
            {
                ["id"] = user.Id, ["displayName"] = user.DisplayName, ["email"] = user.Email, ["jobTitle"] = user.JobTitle,
                ["phoneNumber"] = user.PhoneNumber, ["createdAt"] = user.CreatedAt, ["disabledAt"] = user.DisabledAt,
                ["isSystemAdmin"] = user.IsSystemAdmin, ["twoFactorEnabled"] = user.TwoFactorEnabled, ["emailConfirmed"] = user.EmailConfirmed,
                ["lockoutEnd"] = user.LockoutEnd, ["failedSignInCount"] = user.AccessFailedCount, ["currentTrustId"] = user.CurrentTrustId,
            },
        };
        var records = new JsonObject();
        foreach (var (type, property) in PersonalDataMap.CandidateColumns(db.Model)
                     .Where(c => PersonalDataMap.Exported.Contains(PersonalDataMap.Name(c.Type, c.Property)))
                     .OrderBy(c => PersonalDataMap.Name(c.Type, c.Property), StringComparer.Ordinal))
        {
            var trustProperty = type.FindProperty("TrustId");
            if (trustId is not null && trustProperty is null) continue;   // the account's own rows: the system administrator's
            var rows = await RowsAsync(type, property, userId, trustId, ct);
            if (rows.Count > 0) records[PersonalDataMap.Name(type, property)] = rows;
        }
        if (user.Email is { Length: > 0 } email)
            foreach (var (clr, column) in PersonalDataMap.ByEmail)
            {
                var type = db.Model.FindEntityType(clr)!;
                var rows = await RowsAsync(type, type.FindProperty(column)!, email, trustId, ct);
                if (rows.Count > 0) records[$"{clr.Name}.{column}"] = rows;
            }
        export["records"] = records;
        return export;
    }

    private Task<JsonArray> RowsAsync(IEntityType type, IProperty property, object value, Guid? trustId, CancellationToken ct) =>
        (Task<JsonArray>)typeof(PersonalDataExport).GetMethod(nameof(TypedRowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType).Invoke(this, [type, property, value, trustId, ct])!;

    private async Task<JsonArray> TypedRowsAsync<T>(IEntityType type, IProperty property, object value, Guid? trustId, CancellationToken ct) where T : class
    {
        IQueryable<T> query = db.Set<T>().AsNoTracking();
        // The system administrator reads every trust: the filter would keep only the trust they are working in.
        if (trustId is null) query = query.IgnoreQueryFilters();
        else query = query.Where(Equals<T>(type.FindProperty("TrustId")!, trustId.Value));
        List<T> rows;
        if (property.ClrType == typeof(List<Guid>))
        {
            // A list of people (an ISG's members): few rows per trust, so filtered here rather than in SQL.
            var getter = property.GetGetter();
            rows = (await query.ToListAsync(ct)).Where(r => getter.GetClrValue(r) is List<Guid> ids && ids.Contains((Guid)value)).ToList();
        }
        else rows = await query.Where(Equals<T>(property, value)).ToListAsync(ct);
        var array = new JsonArray();
        foreach (var row in rows) array.Add(Row(type, row));
        return array;
    }

    private static Expression<Func<T, bool>> Equals<T>(IProperty property, object value)
    {
        var e = Expression.Parameter(typeof(T), "e");
        var column = Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], e, Expression.Constant(property.Name));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(column, Expression.Constant(value, property.ClrType)), e);
    }

    private static JsonObject Row(IEntityType type, object row)
    {
        var json = new JsonObject();
        foreach (var p in type.GetProperties().Where(p => !p.IsShadowProperty() && !PersonalDataMap.IsSecret(p.Name)))
            json[Camel(p.Name)] = JsonSerializer.SerializeToNode(p.GetGetter().GetClrValue(row), p.ClrType, Json);
        foreach (var c in type.GetComplexProperties())
            json[Camel(c.Name)] = JsonSerializer.SerializeToNode(c.GetGetter().GetClrValue(row), c.ClrType, Json);
        foreach (var n in type.GetNavigations().Where(n => n.TargetEntityType.IsOwned()))
            json[Camel(n.Name)] = JsonSerializer.SerializeToNode(n.GetGetter().GetClrValue(row), n.ClrType, Json);
        return json;
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
