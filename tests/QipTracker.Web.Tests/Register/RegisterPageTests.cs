using System.Net;
using QipTracker.Domain.ChangeControl;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Web.Features.ChangeRequests;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Register;

/// <summary>
/// The plan pages over HTTP, as a signed-in browser first sees them (the prerendered HTML): each
/// shows its heading and data to its roles, and "Not available to your role" to the others.
/// </summary>
public abstract class RegisterPageTests(QipAppFactory app)
{
    private const string NotAvailable = "Not available to your role";

    private async Task<string> PageAsync(TestTrust trust, TrustRole role, string path)
    {
        var browser = await app.SignedInAsync(trust[role]);
        var response = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task My_work_shows_the_owners_root_causes_with_the_overdue_one_highlighted()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Mine"));
        await app.AddActionAsync(trust, trust.RootCauseIds[0], "Audit the drug fridges", trust[TrustRole.RootCauseOwner].Id, -1);

        var html = await PageAsync(trust, TrustRole.RootCauseOwner, "/my-work");

        Assert.Contains("My work</h1>", html);
        Assert.Contains("Root cause 1 of " + trust.Name, html);
        Assert.Contains("data-testid=\"rc-RC-001\"", html);
        Assert.Contains("qip-row-overdue", html);
        Assert.Contains("Audit the drug fridges", html);
        Assert.DoesNotContain(NotAvailable, html);
    }

    [Fact]
    public async Task The_isg_page_shows_the_chair_the_rag_counts_and_what_awaits_assurance()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Board"));
        await app.AddRootCausesAsync(trust, new Shape("AW-9", 2, Status: RootCauseStatus.Completed, EvidenceNotes: 1));

        var html = await PageAsync(trust, TrustRole.IsgChair, $"/isgs/{trust.IsgId}");

        Assert.Contains("Unscheduled Care</h1>", html);
        Assert.Contains("Awaiting assurance (1)", html);
        Assert.Contains("data-testid=\"awaiting-AW-9\"", html);
        Assert.Contains("Audit 1", html);
        Assert.Contains("data-testid=\"assure-AW-9\"", html);
        Assert.Matches("data-testid=\"count-red\"[^>]*>\\s*<div class=\"qip-tile-value\">1</div>", html);
    }

    [Fact]
    public async Task A_chair_of_another_isg_is_told_the_board_is_not_theirs()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Other"));
        var otherIsg = await app.AddIsgAsync(trust, "Scheduled Care");

        var html = await PageAsync(trust, TrustRole.IsgChair, $"/isgs/{otherIsg}");

        Assert.Contains(NotAvailable, html);
        Assert.Contains("You do not chair Scheduled Care", html);
    }

    [Fact]
    public async Task The_register_lists_the_plan_for_the_pmo_with_bulk_selection_and_export()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Register"));

        var html = await PageAsync(trust, TrustRole.Pmo, "/register");

        Assert.Contains("Plan register</h1>", html);
        foreach (var reference in new[] { "RC-001", "RC-002", "RC-003" })
            Assert.Contains($"data-testid=\"select-{reference}\"", html);
        Assert.Contains("/api/v1/plan/export?format=xlsx", html);
        Assert.Contains("/api/v1/plan/export?format=csv", html);
        Assert.Contains("data-testid=\"import-toggle\"", html);

        // A board member reads the register but neither selects nor imports.
        var board = await PageAsync(trust, TrustRole.BoardMember, "/register");
        Assert.Contains("data-testid=\"rc-RC-001\"", board);
        Assert.DoesNotContain("data-testid=\"select-RC-001\"", board);
        Assert.DoesNotContain("data-testid=\"import-toggle\"", board);
    }

    [Fact]
    public async Task The_root_cause_page_shows_its_findings_dates_and_the_owners_buttons()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Detail"));

        var html = await PageAsync(trust, TrustRole.RootCauseOwner, $"/root-causes/{trust.RootCauseIds[0]}");

        Assert.Contains("RC-001</h1>", html);
        Assert.Contains("The trust must ensure medicines are stored safely.", html);
        Assert.Contains($"data-testid=\"rc-baseline\">{app.Today().AddDays(-5):d MMM yyyy}<", html);
        Assert.Contains("data-testid=\"request-change-open\"", html);
        Assert.DoesNotContain("data-testid=\"assure\"", html);

        var board = await PageAsync(trust, TrustRole.BoardMember, $"/root-causes/{trust.RootCauseIds[0]}");
        Assert.Contains("RC-001</h1>", board);
        Assert.DoesNotContain("data-testid=\"request-change-open\"", board);
        Assert.DoesNotContain("data-testid=\"save-progress\"", board);
    }

    [Fact]
    public async Task The_overview_shows_the_executive_counts_and_the_overdue_list()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Overview"));

        var html = await PageAsync(trust, TrustRole.AccountableExecutive, "/overview");

        Assert.Contains("Trust overview</h1>", html);
        Assert.Contains("data-testid=\"overview-total\">3<", html);
        Assert.Contains("Overdue (1)", html);
        Assert.Contains("Root cause 1 of " + trust.Name, html);
    }

    [Fact]
    public async Task The_ecib_page_lists_pending_change_requests_for_an_accountable_executive()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Ecib"));
        await app.SendAs(trust, TrustRole.RootCauseOwner, new RequestChange(trust.RootCauseIds[1], ChangeKind.NewDueDate,
            "The new fridges arrive in March.", ProposedDue: app.Today().AddDays(90)));

        var html = await PageAsync(trust, TrustRole.AccountableExecutive, "/ecib");

        Assert.Contains("ECIB: changes to the plan</h1>", html);
        Assert.Contains("Waiting for a decision (1)", html);
        Assert.Contains("The new fridges arrive in March.", html);
        Assert.Contains($"Due {app.Today().AddDays(90):d MMM yyyy}", html);
    }

    public static IEnumerable<object[]> Refused() =>
    [
        ["/my-work", TrustRole.BoardMember],
        ["/register", TrustRole.RootCauseOwner],
        ["/register", TrustRole.TrustAdmin],
        ["/overview", TrustRole.IsgChair],
        ["/ecib", TrustRole.Pmo],
        ["/isgs/{isg}", TrustRole.RootCauseOwner],
    ];

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task The_wrong_role_is_not_shown_the_page(string path, TrustRole role)
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Refuse"));
        var browser = await app.SignedInAsync(trust[role]);

        var response = await browser.GetAsync(path.Replace("{isg}", trust.IsgId.ToString()));
        var html = await response.Content.ReadAsStringAsync();

        // A full page load is refused by endpoint authorisation before the router runs: a redirect to
        // the refusal page (the cookie's access-denied path), which says why, and no data.
        Assert.DoesNotContain("RC-001", html);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var denied = response.Headers.Location!.OriginalString.Replace("http://localhost", "");
        Assert.StartsWith("/account/denied", denied);
        Assert.Contains("Your role in this trust does not give access to that page", await browser.GetStringAsync(denied));
    }

    [Fact]
    public async Task The_menu_links_each_role_to_its_pages()
    {
        var trust = await TestTrust.CreateAsync(app.Services, RegisterData.UniqueName("Page Menu"));

        var owner = await PageAsync(trust, TrustRole.RootCauseOwner, "/");
        Assert.Contains("href=\"/my-work\"", owner);
        Assert.DoesNotContain("href=\"/register\"", owner);
        Assert.DoesNotContain("href=\"/ecib\"", owner);

        var chair = await PageAsync(trust, TrustRole.IsgChair, "/");
        Assert.Contains($"href=\"/isgs/{trust.IsgId}\"", chair);
        Assert.Contains("href=\"/register\"", chair);
        Assert.DoesNotContain("href=\"/overview\"", chair);

        var executive = await PageAsync(trust, TrustRole.AccountableExecutive, "/");
        Assert.Contains("href=\"/ecib\"", executive);
        Assert.Contains("href=\"/overview\"", executive);
        Assert.Contains("href=\"/register\"", executive);
        Assert.DoesNotContain("href=\"/my-work\"", executive);

        var admin = await PageAsync(trust, TrustRole.TrustAdmin, "/");
        Assert.Contains("href=\"/overview\"", admin);
        Assert.DoesNotContain("href=\"/register\"", admin);
    }
}

[Collection(OnSqlite.Name)]
public sealed class RegisterPagesOnSqlite(SqliteApp app) : RegisterPageTests(app);

[Collection(OnPostgres.Name)]
public sealed class RegisterPagesOnPostgres(PostgresApp app) : RegisterPageTests(app);
