using System.Globalization;
using System.Text;
using QipTracker.Domain.Trusts;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// What the seeder did and how to sign in. Password is null when the trust was seeded on an earlier
/// start with a generated password, which this run cannot know.
/// </summary>
public sealed record DemoSeedResult(bool Seeded, string TrustName, string? Password, IReadOnlyList<DemoLogin> Logins)
{
    /// <summary>The block the app prints at start-up: a table of role, email and name, then the password once.</summary>
    public string FormatBanner()
    {
        var rows = Logins.Select(l => (Role: Label(l.Role), l.Email, Name: l.DisplayName)).ToList();
        var roleWidth = rows.Select(r => r.Role.Length).Append("Role".Length).Max();
        var emailWidth = rows.Select(r => r.Email.Length).Append("Email".Length).Max();
        var nameWidth = rows.Select(r => r.Name.Length).Append("Name".Length).Max();

        var sb = new StringBuilder();
        sb.AppendLine(Seeded ? $"Demo trust seeded: {TrustName}" : $"Demo trust: {TrustName} (seeded on an earlier start)");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"  {"Role".PadRight(roleWidth)}  {"Email".PadRight(emailWidth)}  Name");
        sb.AppendLine(CultureInfo.InvariantCulture, $"  {new string('-', roleWidth)}  {new string('-', emailWidth)}  {new string('-', nameWidth)}");
        foreach (var (role, email, name) in rows)
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {role.PadRight(roleWidth)}  {email.PadRight(emailWidth)}  {name}");
        sb.AppendLine();
        sb.AppendLine(Password is null
            ? "  Password: the one printed when the demo trust was first seeded (set Demo:Password to choose your own)."
            : $"  Password for every demo login: {Password}");
        return sb.ToString();
    }

    private static string Label(string role) => role switch
    {
        nameof(TrustRole.RootCauseOwner) => "Root-cause owner",
        nameof(TrustRole.IsgChair) => "ISG chair",
        nameof(TrustRole.AccountableExecutive) => "Accountable executive",
        nameof(TrustRole.Pmo) => "PMO",
        nameof(TrustRole.BoardMember) => "Board member",
        nameof(TrustRole.TrustAdmin) => "Trust admin",
        DemoLogin.SystemAdminRole => "System admin",
        DemoLogin.OversightRole => "Oversight (ICB)",
        _ => role,
    };
}
