using System.IO.Compression;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Backup;
using QipTracker.Infrastructure.Identity;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Backup;

/// <summary>
/// export-trust and import-trust on real databases: the demo trust from SQLite into an empty PostgreSQL and from there
/// into an empty SQLite, every row (all columns, as EF Core reads them) and every file byte for byte the same; and the
/// archives a restore refuses — damaged, unknown, a zip bomb, a clashing trust or account — with nothing written.
/// </summary>
public sealed class TrustBackupTests(BackupFixture fixture) : IClassFixture<BackupFixture>
{
    [Fact]
    public async Task A_trust_moves_from_SQLite_to_PostgreSQL_and_back_with_every_row_and_file_unchanged()
    {
        var source = await TableRows.OfAsync(fixture.Source, fixture.TrustId);
        TableRows.AsExported(source, fixture.SharedMember, fixture.Other.TrustId, fixture.TrustId);
        Assert.Equal(2, source["Evidence"].Values.Count(r => r.Contains("file sha256", StringComparison.Ordinal)));
        Assert.Single(source["GeneratedPapers"]);

        var (code, output, error) = await BackupFixture.RunAsync(fixture.Postgres, "import-trust", "--file", fixture.Archive);
        Assert.True(code == 0, error);
        Assert.Contains($"Imported '{fixture.TrustName}'", output);
        var onPostgres = await TableRows.OfAsync(fixture.Postgres);
        AssertSameRows(source, onPostgres);

        var again = Path.Combine(fixture.Folder, "from-postgres.zip");
        (code, _, error) = await BackupFixture.RunAsync(fixture.Postgres, "export-trust", "--trust", fixture.TrustName, "--out", again);
        Assert.True(code == 0, error);
        (code, _, error) = await BackupFixture.RunAsync(fixture.Sqlite, "import-trust", "--file", again);
        Assert.True(code == 0, error);
        AssertSameRows(onPostgres, await TableRows.OfAsync(fixture.Sqlite));

        // Only this trust went: not the other trust, its people, or the shared member's membership there.
        Assert.DoesNotContain(onPostgres["Trusts"].Values, r => r.Contains(fixture.Other.TrustId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(onPostgres["AspNetUsers"].Values, r => r.Contains(fixture.Other.Users.Values.First().Email, StringComparison.Ordinal));
        Assert.All(onPostgres["Memberships"].Values, r => Assert.Contains($"TrustId={fixture.TrustId}", r));
        Assert.Contains(fixture.SharedMember.ToString(), onPostgres["AspNetUsers"].Keys);
    }

    private static void AssertSameRows(Dictionary<string, Dictionary<string, string>> before, Dictionary<string, Dictionary<string, string>> after)
    {
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (table, rows) in before)
        {
            Assert.True(rows.Count == after[table].Count, $"{table}: {rows.Count} rows before, {after[table].Count} after");
            foreach (var (key, row) in rows)
            {
                Assert.True(after[table].TryGetValue(key, out var restored), $"{table} lost the row {key}");
                Assert.Equal(row, restored);
            }
        }
        Assert.Contains(before, t => t.Value.Count > 1000); // the demo trust's history: a real amount of rows went through
    }

    [Fact]
    public async Task Restoring_into_the_database_that_holds_the_trust_is_refused_as_a_clash()
    {
        var (code, _, error) = await BackupFixture.RunAsync(fixture.Source, "import-trust", "--file", fixture.Archive);
        Assert.Equal(1, code);
        Assert.Contains($"The trust '{fixture.TrustName}' ({fixture.TrustId}) is already in this database", error);
    }

    [Fact]
    public async Task A_different_account_with_a_members_email_is_a_clash_explained_and_nothing_is_written()
    {
        var email = fixture.PmoEmail;
        await fixture.Refusals.AsSystem(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is null)
                await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "Someone else", CreatedAt = fixture.Refusals.Clock.GetUtcNow() });
            return 0;
        });

        var (code, _, error) = await BackupFixture.RunAsync(fixture.Refusals, "import-trust", "--file", fixture.Archive);

        Assert.Equal(1, code);
        Assert.Contains($"{email} is the email of a different account here", error);
        Assert.Contains("Nothing was imported", error);
        await AssertNothingWrittenAsync();
    }

    public static TheoryData<string, string> Damage => new()
    {
        { "tampered", "the entry 'tables/RootCauses.jsonl' does not match its checksum in the manifest" },
        { "missing", "the entry 'tables/Findings.jsonl' that the manifest lists is missing" },
        { "version", "The archive is in backup format version 99; this app reads version 1" },
        { "bomb", "is packed" },
        { "not a zip", "The file is not a readable zip archive" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task A_damaged_or_unknown_archive_is_refused_saying_why_and_nothing_is_written(string damage, string message)
    {
        var path = Path.Combine(fixture.Folder, $"{damage.Replace(' ', '-')}.zip");
        File.Copy(fixture.Archive, path, overwrite: true);
        if (damage == "not a zip") await File.WriteAllTextAsync(path, "This is a note, not an archive.");
        else
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
            {
                switch (damage)
                {
                    case "tampered":
                        // One digit of one row changed, the size kept: only the checksum can tell.
                        var text = await ReadAsync(zip, "tables/RootCauses.jsonl");
                        var at = text.IndexOf("\"Version\":", StringComparison.Ordinal) + "\"Version\":".Length;
                        await WriteAsync(zip, "tables/RootCauses.jsonl", text[..at] + (text[at] == '1' ? '2' : '1') + text[(at + 1)..]);
                        break;
                    case "missing":
                        zip.GetEntry("tables/Findings.jsonl")!.Delete();
                        break;
                    case "version":
                        var manifest = JsonNode.Parse(await ReadAsync(zip, BackupManifest.EntryName))!;
                        manifest["formatVersion"] = 99;
                        await WriteAsync(zip, BackupManifest.EntryName, manifest.ToJsonString());
                        break;
                    case "bomb":
                        // 64 MB of zeros packs to a few dozen KB: refused by the ratio the zip declares, before unpacking.
                        zip.GetEntry("tables/Evidence.jsonl")!.Delete();
                        await using (var bomb = await zip.CreateEntry("tables/Evidence.jsonl", CompressionLevel.SmallestSize).OpenAsync())
                        {
                            var zeros = new byte[1024 * 1024];
                            for (var i = 0; i < 64; i++) await bomb.WriteAsync(zeros);
                        }
                        break;
                }
            }

        var (code, _, error) = await BackupFixture.RunAsync(fixture.Refusals, "import-trust", "--file", path);

        Assert.Equal(1, code);
        Assert.Contains(message, error);
        await AssertNothingWrittenAsync();
    }

    private async Task AssertNothingWrittenAsync()
    {
        var rows = await fixture.Refusals.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            return (await db.Trusts.CountAsync(), await db.Memberships.CountAsync(), await db.Evidence.CountAsync());
        });
        Assert.Equal((0, 0, 0), rows);
        Assert.False(Directory.Exists(Path.Combine(fixture.Refusals.DataFolder, "evidence", fixture.TrustId.ToString())) &&
                     Directory.EnumerateFiles(Path.Combine(fixture.Refusals.DataFolder, "evidence", fixture.TrustId.ToString()), "*", SearchOption.AllDirectories).Any());
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(await zip.GetEntry(name)!.OpenAsync());
        return await reader.ReadToEndAsync();
    }

    private static async Task WriteAsync(ZipArchive zip, string name, string text)
    {
        zip.GetEntry(name)!.Delete();
        await using var writer = new StreamWriter(await zip.CreateEntry(name).OpenAsync());
        await writer.WriteAsync(text);
    }
}
