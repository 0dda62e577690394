using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Web.Tests.Support;

/// <summary>Reads what the app emailed, as the recipient would: the link in their latest message.</summary>
public static partial class Outbox
{
    /// <summary>The path and query of the newest link to <paramref name="path"/> emailed to <paramref name="email"/>.</summary>
    public static async Task<string> LatestLinkAsync(this QipAppFactory app, string email, string path)
    {
        var bodies = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().OutboxEmails
            .Where(o => o.ToAddress == email).OrderByDescending(o => o.CreatedAt).Select(o => o.TextBody).ToListAsync());
        foreach (var body in bodies)
            foreach (Match m in LinkPattern().Matches(body))
                if (new Uri(m.Value).AbsolutePath == path) return new Uri(m.Value).PathAndQuery;
        throw new InvalidOperationException($"No email to {email} with a link to {path}.");
    }

    /// <summary>The value of one query parameter of a link.</summary>
    public static string Query(string pathAndQuery, string name) =>
        Uri.UnescapeDataString(Regex.Match(pathAndQuery, $"[?&]{Regex.Escape(name)}=([^&]+)").Groups[1].Value);

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
