using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// Reads the running app's SQLite file (read-only) for what a person would find elsewhere: the link
/// in an email the app queued, or one of the demo trust's people whom no other browser test signs in as.
/// </summary>
public static partial class AppDatabase
{
    public static async Task<string> LatestLinkAsync(this RunningApp app, string email, string path)
    {
        await using var db = await OpenAsync(app);
        await using var query = db.CreateCommand();
        query.CommandText = "SELECT TextBody FROM Outbox WHERE ToAddress = $to ORDER BY CreatedAt DESC";
        query.Parameters.AddWithValue("$to", email);
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            foreach (Match m in LinkPattern().Matches(reader.GetString(0)))
                if (new Uri(m.Value).AbsolutePath == path) return new Uri(m.Value).PathAndQuery;
        throw new InvalidOperationException($"No email to {email} with a link to {path}.");
    }

    /// <summary>A demo staff member (not one of the printed role logins, whose emails have no dot) who holds one role and not another.</summary>
    public static async Task<string> StaffMemberAsync(this RunningApp app, string role, string lacking, int skip = 0)
    {
        await using var db = await OpenAsync(app);
        await using var query = db.CreateCommand();
        query.CommandText = """
            SELECT DISTINCT u.Email FROM AspNetUsers u JOIN Memberships m ON m.UserId = u.Id
            WHERE m.Role = $role AND u.Email LIKE '%.%@%' AND u.IsSystemAdmin = 0
              AND NOT EXISTS (SELECT 1 FROM Memberships o WHERE o.UserId = u.Id AND o.Role = $lacking)
            ORDER BY u.Email LIMIT 1 OFFSET $skip
            """;
        query.Parameters.AddWithValue("$role", role);
        query.Parameters.AddWithValue("$lacking", lacking);
        query.Parameters.AddWithValue("$skip", skip);
        return (string)(await query.ExecuteScalarAsync() ?? throw new InvalidOperationException($"No demo staff member is {role}."));
    }

    private static async Task<SqliteConnection> OpenAsync(RunningApp app)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(app.DataFolder, "qiptracker.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await db.OpenAsync();
        return db;
    }

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
