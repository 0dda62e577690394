using System.Globalization;
using System.Text;
using QipTracker.Web.Security;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// docs/security/access-matrix.md, written from <see cref="RouteTable"/> and <see cref="RequestTable"/>: the same
/// rows the matrix tests run, so the document cannot say something the tests do not check.
/// </summary>
public static class AccessMatrixDocument
{
    public const string RelativePath = "docs/security/access-matrix.md";

    public static string Render()
    {
        var md = new StringBuilder();
        md.Append("""
            # Access matrix

            Who may use each route of QipTracker and send each request. Generated from
            `tests/QipTracker.Web.Tests/Access/RouteTable.cs` and `RequestTable.cs` by `AccessMatrixDocumentTests`:
            change the tables, run the tests, commit this file. The matrix tests call every row as every principal below,
            with the sign-in cookie and with a personal API token, with their own trust's ids and with another trust's.

            A trust role acts in its own trust only. The SystemAdmin runs the platform and holds no trust role (so no API
            token either). *Oversight* is a person of an oversight organisation (an ICB) that the caller's trust has granted
            read access: no trust role, no API token; it reads the granted trusts' summary on `/oversight` and
            `/api/v1/oversight/…` only. *Nobody* is a caller with no cookie, or with a revoked token. A token carries one role, and
            signs its holder in on `/api/v1`, `/openapi` and `/scalar` only: anywhere else it counts as nobody.

            **C** with the sign-in cookie · **T** with an API token of that role · **—** refused. For *Nobody*, **C** is
            a call with no credentials at all and **T** one with a revoked token.
            A cookie call that changes data must come from the app's own page (antiforgery header, or `Sec-Fetch-Site` /
            `Origin` of the app): from another origin it is refused 403.


            """.Replace("\r", ""));

        md.Append("## Routes\n\n");
        md.Append("| Method | Route | ").Append(string.Join(" | ", Principal.All.Select(Heading)))
            .Append(" | Answer | Another trust's ids |\n");
        md.Append("| --- | --- | ").Append(string.Join(" | ", Principal.All.Select(_ => ":-:"))).Append(" | --- | --- |\n");
        foreach (var row in RouteTable.Rows)
        {
            var (named, inPath) = row.NamesIds();
            md.Append(CultureInfo.InvariantCulture, $"| {(row.Method == "*" ? "any" : row.Method)} | `{row.Route}`{(row.Pending ? " †" : "")} | ")
                .Append(string.Join(" | ", Principal.All.Select(p => RouteCell(row, p))))
                .Append(CultureInfo.InvariantCulture, $" | {row.Answer.Name} | {(named ? row.Answer.OtherTrustText(inPath) : "")} |\n");
        }
        md.Append("\n| Answer | Allowed gets | Refused gets |\n| --- | --- | --- |\n");
        foreach (var answer in RouteTable.Rows.Select(r => r.Answer).DistinctBy(a => a.Name))
            md.Append(CultureInfo.InvariantCulture, $"| {answer.Name} | {answer.AllowedText} | {answer.RefusedText} |\n");
        md.Append("""

            † Added by another branch of issue 10; listed ahead of its merge.
            Static files (`wwwroot`, framework scripts) are public and not listed.
            A Blazor page also answers POST (its own forms): nobody is sent to sign in, as for GET.


            """.Replace("\r", ""));

        md.Append("## Requests\n\n");
        md.Append("Every MediatR request, whoever sends it (a page, an endpoint, a job). ✓ may send it · — refused (403).\n\n");
        md.Append("| Request | ").Append(string.Join(" | ", Principal.All.Select(Heading))).Append(" |\n");
        md.Append("| --- | ").Append(string.Join(" | ", Principal.All.Select(_ => ":-:"))).Append(" |\n");
        foreach (var row in RequestTable.Rows)
            md.Append(CultureInfo.InvariantCulture, $"| `{row.Type.Name}` | ").Append(string.Join(" | ", Principal.All.Select(p => row.May.Contains(p) ? "✓" : "—"))).Append(" |\n");
        md.Append("\nA request nobody may send is a job: the scheduler and the command line send it as the system.\n");
        return md.ToString();
    }

    private static string Heading(Principal p) =>
        p.Role is { } role ? RoleNames.Describe(role) : p == Principal.SystemAdmin ? "SystemAdmin" : "Nobody";

    private static string RouteCell(RouteRow row, Principal p)
    {
        var cookie = row.Allows(p, Transport.Cookie);
        var token = p != Principal.SystemAdmin && row.Allows(p, Transport.Token);
        return (cookie, token) switch
        {
            (true, true) => "C T",
            (true, false) => "C",
            (false, true) => "T",
            _ => "—",
        };
    }
}

public sealed class AccessMatrixDocumentTests
{
    [Fact]
    public void The_committed_access_matrix_document_is_the_one_the_tables_make()
    {
        var path = Path.Combine(RepositoryRoot(), AccessMatrixDocument.RelativePath);
        var expected = AccessMatrixDocument.Render();
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r", "") : null;
        if (committed == expected) return;

        // Written out so the change can be reviewed and committed; the test still fails until it is.
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, expected);
        Assert.Fail($"{AccessMatrixDocument.RelativePath} did not match the access tables. It has been rewritten: review the change and commit it.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "QipTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("QipTracker.sln not found above " + AppContext.BaseDirectory);
    }
}
