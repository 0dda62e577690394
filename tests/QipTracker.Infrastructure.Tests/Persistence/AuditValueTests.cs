using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Infrastructure.Tests.Support;

namespace QipTracker.Infrastructure.Tests.Persistence;

/// <summary>The audit trail records what changed, not file contents or secrets (issue 13): those become size and SHA-256.</summary>
public sealed class AuditValueTests(DatabaseFixture databases) : PersistenceTest(databases)
{
    private static readonly byte[] Png = [137, 80, 78, 71, 13, 10, 26, 10, 0, 255];

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public void Bytes_documents_long_text_and_secrets_are_recorded_as_size_and_digest_and_people_s_text_as_written()
    {
        Assert.Equal($"[10 bytes, SHA-256 {Sha(Png)}]", AuditValue.Record("BurndownPng", Png));
        Assert.Equal($"[7 characters, SHA-256 {Sha("{\"a\":1}"u8.ToArray())}]", AuditValue.Record("ContentJson", "{\"a\":1}"));
        Assert.Equal($"[6 characters, SHA-256 {Sha("abc123"u8.ToArray())}]", AuditValue.Record("TokenHash", "abc123"));
        var pasted = new string('x', AuditValue.MaxRecordedLength + 1);
        Assert.StartsWith("[8,001 characters, SHA-256 ", AuditValue.Record("Narrative", pasted));
        var typed = new string('y', AuditValue.MaxRecordedLength);
        Assert.Equal(typed, AuditValue.Record("Narrative", typed));
        Assert.Equal("2026-09-30", AuditValue.Record("BaselineDue", new DateOnly(2026, 9, 30)));
    }

    [Theory, BothProviders]
    public async Task A_new_api_tokens_hash_never_reaches_the_audit_trail(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var now = database.Clock.GetUtcNow();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"qip_{Guid.NewGuid():N}")));
        var token = new ApiToken(trust.TrustId, trust.UserId, TrustRole.Pmo, "BI pull", "qip_abcd", hash, now, now.AddDays(30));
        await using (var db = database.ContextAsPmoOf(trust))
        {
            db.ApiTokens.Add(token);
            await db.SaveChangesAsync();
        }

        await using var read = database.CreateContext(u => u.ActAsSystemEverywhere());
        var created = await read.AuditEntries.SingleAsync(a => a.EntityId == token.Id);
        Assert.DoesNotContain(hash, created.After);
        Assert.Contains($"\"TokenHash\":\"[64 characters, SHA-256 {Sha(Encoding.UTF8.GetBytes(hash))}]\"", created.After);
    }

    [Theory, BothProviders]
    public async Task Rows_written_whole_by_an_earlier_version_are_compacted_once_and_the_rest_left_alone(DatabaseProvider provider)
    {
        var database = await Database(provider);
        var trust = await Seed.TrustWithPlanAsync(database);
        var at = database.Clock.GetUtcNow();
        var entity = Guid.NewGuid();
        var oldPng = string.Join(", ", Png);
        var snapshot = "{\"Name\":\"BI pull\",\"TokenHash\":\"deadbeef\"}";
        var rows = new[]
        {
            new AuditEntry(trust.TrustId, "SprintSummary", entity, AuditOperation.Modified, "BurndownPng", oldPng, oldPng, trust.UserId, at),
            new AuditEntry(trust.TrustId, "ApiToken", entity, AuditOperation.Created, "", null, snapshot, trust.UserId, at),
            new AuditEntry(trust.TrustId, "RootCause", entity, AuditOperation.Modified, "Narrative", "before", "after", trust.UserId, at),
        };
        await using (var db = database.CreateContext(u => u.ActAsSystemEverywhere()))
        {
            db.AuditEntries.AddRange(rows);
            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext(u => u.ActAsSystemEverywhere()))
        {
            Assert.True(await AuditTrailCompaction.RunAsync(db) >= 2);
            Assert.Equal(0, await AuditTrailCompaction.RunAsync(db));
        }

        await using var read = database.CreateContext(u => u.ActAsSystemEverywhere());
        var after = await read.AuditEntries.Where(a => a.EntityId == entity).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(($"[10 bytes, SHA-256 {Sha(Png)}]", $"[10 bytes, SHA-256 {Sha(Png)}]"), (after[0].Before, after[0].After));
        Assert.Equal($"{{\"Name\":\"BI pull\",\"TokenHash\":\"[8 characters, SHA-256 {Sha("deadbeef"u8.ToArray())}]\"}}", after[1].After);
        Assert.Equal(("before", "after"), (after[2].Before, after[2].After));
        Assert.Equal((trust.UserId, at, "BurndownPng"), (after[0].UserId, after[0].At, after[0].Field));
    }
}
