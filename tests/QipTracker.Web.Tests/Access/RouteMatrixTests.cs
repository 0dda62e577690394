using System.Net;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.Access;

/// <summary>
/// Runs <see cref="RouteTable"/> against the real app: every row as every principal, by cookie and by token,
/// with their own trust's ids and with another trust's. Each test reports every wrong cell at once.
/// </summary>
public abstract class RouteMatrixTests(QipAppFactory app)
{
    [Fact]
    public void Every_route_the_app_maps_has_a_row_and_every_row_a_route()
    {
        var mapped = MappedRoutes();
        var rows = RouteTable.Rows.Select(r => r.Key).ToList();
        var duplicates = rows.GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var unlisted = mapped.Except(rows).Order().ToList();
        var unmapped = RouteTable.Rows.Where(r => !mapped.Contains(r.Key)).ToList();

        var report = new List<string>();
        if (unlisted.Count > 0)
            report.Add("Routes the app maps with no row in Access/RouteTable.cs (add one saying who may use them):\n  " + string.Join("\n  ", unlisted));
        if (unmapped.Count > 0)
            report.Add("Rows for routes the app does not map (remove the row, or fix its method/route):\n  " + string.Join("\n  ",
                unmapped.Select(r => r.Key + (r.Pending ? "   [pending: added by another issue-10 branch]" : ""))));
        if (duplicates.Count > 0)
            report.Add("Routes with more than one row:\n  " + string.Join("\n  ", duplicates));
        Assert.True(report.Count == 0, string.Join("\n", report));
    }

    [Fact]
    public async Task Each_principal_gets_the_answer_its_row_states_with_its_own_trusts_ids()
    {
        var world = await MatrixWorld.Of(app);
        var clients = await world.SignInEveryoneAsync();
        var failures = new List<string>();
        foreach (var (principal, transport) in MatrixWorld.Callers)
            failures.AddRange(await RunAsync(world, clients[(principal, transport)], LiveRows(), principal, transport, theirs: false));
        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public async Task Another_trusts_ids_are_not_found_by_those_allowed_and_refused_to_the_rest()
    {
        var world = await MatrixWorld.Of(app);
        var clients = await world.SignInEveryoneAsync();
        var failures = new List<string>();
        var naming = LiveRows().Where(r => r.NamesIds().Named).ToList();
        Assert.NotEmpty(naming);
        foreach (var (principal, transport) in MatrixWorld.Callers)
            failures.AddRange(await RunAsync(world, clients[(principal, transport)], naming, principal, transport, theirs: true));

        // Nothing of theirs was changed: their audit trail holds only the rows made for the matrix.
        var changed = await app.AsSystem(sp => sp.GetRequiredService<QipDbContext>().AuditEntries
            .CountAsync(a => a.TrustId == world.Other.TrustId && a.Operation != Domain.Auditing.AuditOperation.Created));
        if (changed > 0) failures.Add($"The other trust's audit trail shows {changed} change(s) after the cross-trust calls, expected none");
        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public async Task A_cookie_call_from_another_origin_that_would_change_data_is_refused()
    {
        var world = await MatrixWorld.Of(app);
        var failures = new List<string>();
        foreach (var key in RouteTable.CrossSiteChecked)
        {
            var row = RouteTable.Rows.Single(r => r.Key == key);
            var principal = row.Cookie.First(p => p.Role is not null);
            var target = new Target(world.Mine, principal);
            var path = row.Path(target);
            var reply = await Calls.SendAsync(await world.BareSessionAsync(principal), Transport.Cookie, row.CallMethod, path, row.Body?.Invoke(target),
                fetchSite: "same-site", origin: Calls.ForeignOrigin);
            if (reply.Status != HttpStatusCode.Forbidden)
                failures.Add($"{key} as {principal} by cookie from {Calls.ForeignOrigin} (Sec-Fetch-Site: same-site): {path} answered {reply}, expected 403");
        }
        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public async Task An_account_form_post_without_the_pages_form_token_is_refused()
    {
        var world = await MatrixWorld.Of(app);
        var failures = new List<string>();
        foreach (var row in LiveRows().Where(r => r.Answer == Answer.Form))
        {
            var principal = row.Cookie.Contains(Principal.Anonymous) ? Principal.Anonymous : row.Cookie[0];
            // Without the check, a sign-out would go through: on a session of its own.
            var client = await world.BareSessionAsync(principal, spare: true);
            var target = new Target(world.Mine, principal);
            var path = row.Path(target);
            var reply = await Calls.SendAsync(client, Transport.Cookie, row.CallMethod, path, row.Body?.Invoke(target));
            if (reply.Status != HttpStatusCode.BadRequest)
                failures.Add($"{row.Key} as {principal} by cookie without the form token: {path} answered {reply}, expected 400");
        }
        Assert.True(failures.Count == 0, Report(failures));
    }

    [Fact]
    public async Task A_pages_form_post_from_nobody_goes_to_sign_in()
    {
        var world = await MatrixWorld.Of(app);
        var failures = new List<string>();
        foreach (var row in LiveRows().Where(r => r.Answer.IsPage && !r.Cookie.Contains(Principal.Anonymous)))
        {
            var path = row.Path(new Target(world.Mine, Principal.Anonymous));
            var reply = await Calls.SendAsync(app.NewBrowser(), Transport.Cookie, "POST", path,
                new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x" }));
            if (!reply.IsSignInChallenge)
                failures.Add($"POST {row.Route} as nobody: {path} answered {reply}, expected 302 /account/login?ReturnUrl=…");
        }
        Assert.True(failures.Count == 0, Report(failures));
    }

    /// <summary>One caller's cells: the session-ending rows last, on a fresh session of their own.</summary>
    private static async Task<List<string>> RunAsync(MatrixWorld world, HttpClient shared, IEnumerable<RouteRow> rows, Principal principal, Transport transport,
        bool theirs)
    {
        var failures = new List<string>();
        HttpClient? session = null;
        foreach (var row in rows.OrderBy(r => r.EndsSession))
        {
            var client = row.EndsSession && transport == Transport.Cookie
                ? session ??= await world.FreshSessionAsync(principal)
                : shared;
            if (await CheckAsync(world, client, row, principal, transport, theirs) is { } failure) failures.Add(failure);
        }
        return failures;
    }

    private static async Task<string?> CheckAsync(MatrixWorld world, HttpClient client, RouteRow row, Principal principal, Transport transport, bool theirs)
    {
        var ids = theirs ? world.Other : world.Mine;
        var target = new Target(ids, principal) { FormToken = row.Answer == Answer.Form ? await Calls.FormTokenAsync(client) : null };
        var path = row.Path(target);
        var idsInPath = target.UsedIds;
        var reply = await Calls.SendAsync(client, transport, row.CallMethod, path, row.Body?.Invoke(target));

        var problem = !row.Allows(principal, transport)
            ? row.Answer.Refused(reply, anonymous: principal.IsAnonymous || (transport == Transport.Token && !row.Answer.TokenSignsIn), transport)
            : theirs ? row.Answer.OtherTrust(reply, idsInPath, ids)
            : row.Answer.Allowed(reply, principal, transport, ids);
        return problem is null ? null
            : $"{row.Key} as {principal} by {transport}{(theirs ? " with another trust's ids" : "")}: {row.CallMethod} {path} answered {reply}, expected {problem}";
    }

    /// <summary>The rows whose route this app maps (a pending row is reported by the coverage test, not called).</summary>
    private IEnumerable<RouteRow> LiveRows()
    {
        var mapped = MappedRoutes();
        return RouteTable.Rows.Where(r => mapped.Contains(r.Key));
    }

    /// <summary>
    /// Every route the running app maps, as "METHOD /route". A route mapped for every method is "*"; a Blazor page
    /// is its GET (its POST is the page's own form post, tried in <see cref="A_pages_form_post_from_nobody_goes_to_sign_in"/>).
    /// </summary>
    private HashSet<string> MappedRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<StaticAssetDescriptor>() is null)
            .SelectMany(e =>
            {
                var route = "/" + e.RoutePattern.RawText!.Trim('/');
                var methods = e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [];
                return e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null ? [$"GET {route}"]
                    : methods.Count == 0 ? [$"* {route}"]
                    : methods.Where(m => m != "HEAD").Select(m => $"{m} {route}");
            })
            .ToHashSet();

    private static string Report(List<string> failures) => $"{failures.Count} cell(s) answered otherwise than the table says:\n" + string.Join("\n", failures);
}

[Collection(OnSqlite.Name)]
public sealed class RouteMatrixOnSqlite(SqliteApp app) : RouteMatrixTests(app);
[Collection(OnPostgres.Name)]
public sealed class RouteMatrixOnPostgres(PostgresApp app) : RouteMatrixTests(app);
