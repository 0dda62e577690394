using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.Playwright;

namespace QipTracker.EndToEnd.Tests.Support;

/// <summary>
/// Every page of the app, found from its @page routes, and who may open it: the browser tests that must cover every
/// page (the Content-Security-Policy check, the accessibility check) walk this list, so a new page is covered the day it
/// is added. Parameterised routes get real ids from the demo trust.
/// </summary>
public static class AppPages
{
    /// <summary>One login per demo role, as the app prints them when it seeds the demo trust.</summary>
    public static TheoryData<string, string> DemoLogins => new()
    {
        { "owner@northbridge.example", "RootCauseOwner" },
        { "chair@northbridge.example", "IsgChair" },
        { "exec@northbridge.example", "AccountableExecutive" },
        { "pmo@northbridge.example", "Pmo" },
        { "board@northbridge.example", "BoardMember" },
        { "admin@northbridge.example", "TrustAdmin" },
        { "sysadmin@qiptracker.example", "SystemAdmin" },
        { "commissioner@nhs-icb.example", "Oversight" },
    };

    /// <summary>Every routable page in the app, with the roles its [Authorize] names (null: anyone signed in), or no Authorize at all.</summary>
    public static IEnumerable<(string Template, AuthorizeAttribute? Authorize)> Routes() =>
        typeof(QipTracker.Web.Components.App).Assembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => (r.Template, t.GetCustomAttribute<AuthorizeAttribute>())));

    /// <summary>The route templates a signed-in person holding <paramref name="role"/> may open, in order.</summary>
    public static List<string> OpenedBy(string role) =>
        Routes().Where(p => Opens(p.Authorize, role)).Select(p => p.Template).Distinct().Order().ToList();

    /// <summary>The route templates anyone may open before signing in.</summary>
    public static List<string> Anonymous() =>
        Routes().Where(p => p.Authorize is null).Select(p => p.Template).Distinct().Order().ToList();

    private static bool Opens(AuthorizeAttribute? authorize, string role) =>
        authorize is not null && (authorize.Roles is null || authorize.Roles.Split(',', StringSplitOptions.TrimEntries).Contains(role));

    /// <summary>The paths to open for these templates: real ids (read through the API with the page's own sign-in) for the parameterised ones.</summary>
    public static async Task<List<string>> PathsAsync(IPage page, IReadOnlyCollection<string> templates)
    {
        var ids = templates.Any(p => p.Contains('{')) ? await IdsAsync(page) : new Dictionary<string, string>();
        return templates.Select(template => !template.Contains('{') ? template
            : ids.TryGetValue(template, out var real) ? real
            : throw new InvalidOperationException($"No real id for {template}: add one to AppPages.IdsAsync.")).ToList();
    }

    /// <summary>Real ids for the parameterised pages, read through the API with the page's own sign-in.</summary>
    public static async Task<Dictionary<string, string>> IdsAsync(IPage page)
    {
        var isgs = await JsonAsync(page, "/api/v1/isgs");
        var kpis = await JsonAsync(page, "/api/v1/kpis");
        var kpi = kpis.EnumerateArray().First(k => k.GetProperty("rootCauseId").ValueKind == JsonValueKind.String);
        return new()
        {
            ["/isgs/{Id:guid}"] = $"/isgs/{isgs[0].GetProperty("id").GetString()}",
            ["/kpis/{Id:guid}"] = $"/kpis/{kpi.GetProperty("id").GetString()}",
            ["/root-causes/{Id:guid}"] = $"/root-causes/{kpi.GetProperty("rootCauseId").GetString()}",
        };
    }

    private static async Task<JsonElement> JsonAsync(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(path);
        Assert.True(response.Ok, $"{path}: {response.Status}");
        return JsonDocument.Parse(await response.TextAsync()).RootElement.Clone();
    }
}
