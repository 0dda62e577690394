using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Plans;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Persistence;
using QipTracker.Web.Application;
using QipTracker.Web.Features.Actions;
using QipTracker.Web.Features.ApiTokens;
using QipTracker.Web.Features.Evidence;
using QipTracker.Web.Features.Register;
using QipTracker.Web.Features.RootCauses;
using QipTracker.Web.Features.Sprints;
using QipTracker.Web.Jobs;
using QipTracker.Web.Tests.Support;

namespace QipTracker.Web.Tests.ListApi;

/// <summary>
/// The API's list endpoints as a trust's BI team pulls them with a personal token: filtered as the register filters,
/// paged to the end by cursor with no row twice or missed, incremental by modifiedSince, revalidated by ETag, and
/// nothing of another trust.
/// </summary>
public abstract class ListApiTests(QipAppFactory app)
{
    private static readonly string[] Lists = ["/api/v1/root-causes", "/api/v1/actions", "/api/v1/evidence", "/api/v1/sprint-updates/all", "/api/v1/escalations/all"];

    private DateOnly Today => app.Clock.Today();

    [Fact]
    public async Task Paging_by_cursor_reads_every_row_once_to_the_end()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Lpg {Guid.NewGuid():N}"[..11]);
        for (var i = 1; i <= 5; i++) await AddActionAsync(trust, trust.RootCauseIds[i % 3], $"Action {i}", Today.AddDays(i));
        var bi = await TokenAsync(trust, TrustRole.Pmo);

        var actions = await PullAllAsync(bi, "/api/v1/actions?pageSize=2");
        var rootCauses = await PullAllAsync(bi, "/api/v1/root-causes?pageSize=1");

        Assert.Equal(3, actions.Pages); // 2 + 2 + 1, the last without a next page
        Assert.Equal(5, actions.Ids.Count);
        Assert.Equal(await StoredAsync(db => db.Actions.Where(a => a.TrustId == trust.TrustId).Select(a => a.Id)), actions.Ids.Order());
        Assert.Equal(trust.RootCauseIds.Order(), rootCauses.Ids.Order());
        Assert.Equal(3, rootCauses.Pages);
    }

    [Fact]
    public async Task Root_causes_are_filtered_as_the_register_filters_and_withdrawn_ones_stay_listed()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Lft {Guid.NewGuid():N}"[..11]); // RC-001 is 5 days overdue
        var bi = await TokenAsync(trust, TrustRole.BoardMember);
        var secondFinding = await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            var finding = new Finding(trust.TrustId, "SD-9", "The trust should audit fridge checks.", FindingKind.ShouldDo, trust.IsgId);
            db.Findings.Add(finding);
            (await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseIds[2])).Answer(finding);
            await db.SaveChangesAsync();
            return finding.Id;
        });

        Assert.Equal([trust.RootCauseIds[0]], await IdsAsync(bi, "/api/v1/root-causes?overdue=true"));
        Assert.Equal([trust.RootCauseIds[2]], await IdsAsync(bi, $"/api/v1/root-causes?findingId={secondFinding}"));
        Assert.Equal(trust.RootCauseIds.Order(), (await IdsAsync(bi, $"/api/v1/root-causes?isgId={trust.IsgId}&ownerId={trust[TrustRole.RootCauseOwner].Id}")).Order());
        Assert.Empty(await IdsAsync(bi, $"/api/v1/root-causes?ownerId={trust[TrustRole.Pmo].Id}"));
        Assert.Empty(await IdsAsync(bi, "/api/v1/root-causes?status=Completed"));
        // RAG as the register derives it: each RAG selects the register's rows for it.
        foreach (var rag in Enum.GetValues<Rag>())
        {
            var register = await app.SendAs(trust, TrustRole.BoardMember, new SearchRegister(Rag: rag));
            Assert.Equal(register.Rows.Select(r => r.Id).Order(), (await IdsAsync(bi, $"/api/v1/root-causes?rag={rag}")).Order());
        }

        await app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            (await db.RootCauses.SingleAsync(r => r.Id == trust.RootCauseIds[1])).Withdraw(Today);
            return await db.SaveChangesAsync();
        });
        var all = await GetJsonAsync(bi, "/api/v1/root-causes");
        var withdrawn = Items(all).Single(i => i.GetProperty("id").GetGuid() == trust.RootCauseIds[1]);
        Assert.Equal(Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), withdrawn.GetProperty("withdrawnOn").GetString());
        Assert.DoesNotContain(trust.RootCauseIds[1], await IdsAsync(bi, "/api/v1/root-causes?withdrawn=false"));
    }

    [Fact]
    public async Task ModifiedSince_after_an_update_returns_just_the_changed_row()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Lms {Guid.NewGuid():N}"[..11]);
        await AddActionAsync(trust, trust.RootCauseIds[0], "Re-audit", Today.AddDays(3));
        await AddActionAsync(trust, trust.RootCauseIds[1], "Retrain", Today.AddDays(4));
        var bi = await TokenAsync(trust, TrustRole.Pmo);
        var first = await GetJsonAsync(bi, "/api/v1/root-causes");
        var firstActions = await GetJsonAsync(bi, "/api/v1/actions");
        var since = first.GetProperty("changedUpTo").GetDateTimeOffset();
        var actionsSince = firstActions.GetProperty("changedUpTo").GetDateTimeOffset();
        Assert.Empty(await IdsAsync(bi, $"/api/v1/root-causes?modifiedSince={Instant(since)}"));

        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var rc = await app.SendAs(trust, TrustRole.Pmo, new GetRootCause(trust.RootCauseIds[1]));
        await app.SendAs(trust, TrustRole.Pmo, new ReportProgress(rc.Id, Today.AddDays(40), false, rc.Version));
        var action = Items(firstActions).First();
        await app.SendAs(trust, TrustRole.Pmo, new UpdateAction(action.GetProperty("id").GetGuid(), ActionStatus.InProgress, "Started",
            action.GetProperty("version").GetInt64()));

        var changed = await GetJsonAsync(bi, $"/api/v1/root-causes?modifiedSince={Instant(since)}");
        var row = Assert.Single(Items(changed));
        Assert.Equal(rc.Id, row.GetProperty("id").GetGuid());
        Assert.Equal(Today.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row.GetProperty("forecastDue").GetString());
        Assert.True(changed.GetProperty("changedUpTo").GetDateTimeOffset() > since);
        Assert.Equal([action.GetProperty("id").GetGuid()], await IdsAsync(bi, $"/api/v1/actions?modifiedSince={Instant(actionsSince)}"));
    }

    [Fact]
    public async Task If_None_Match_answers_304_until_a_row_of_the_result_changes()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Let {Guid.NewGuid():N}"[..11]);
        await AddActionAsync(trust, trust.RootCauseIds[0], "Re-audit", Today.AddDays(3));
        var bi = await TokenAsync(trust, TrustRole.Pmo);
        var path = $"/api/v1/actions?rootCauseId={trust.RootCauseIds[0]}";

        var first = await bi.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.True(etag.IsWeak);
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalGetAsync(bi, path, etag)).StatusCode);

        using var json = JsonDocument.Parse(await first.Content.ReadAsStringAsync());
        var action = Items(json.RootElement).Single();
        await app.SendAs(trust, TrustRole.RootCauseOwner, new UpdateAction(action.GetProperty("id").GetGuid(), ActionStatus.InProgress, "Booked",
            action.GetProperty("version").GetInt64()));

        var after = await ConditionalGetAsync(bi, path, etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, (await ConditionalGetAsync(bi, path, after.Headers.ETag!)).StatusCode);
    }

    [Fact]
    public async Task Another_trusts_token_sees_nothing_of_this_trust_in_any_list()
    {
        var ours = await TestTrust.CreateAsync(app.Services, $"Lo {Guid.NewGuid():N}"[..10]);
        var theirs = await TestTrust.CreateAsync(app.Services, $"Lt {Guid.NewGuid():N}"[..10]);
        await FillEveryListAsync(ours);
        var mine = await TokenAsync(ours, TrustRole.Pmo);
        var other = await TokenAsync(theirs, TrustRole.Pmo);

        var ourIds = new HashSet<Guid>();
        foreach (var list in Lists)
        {
            var ids = await IdsAsync(mine, list);
            Assert.True(ids.Count > 0, $"{list} lists nothing of the trust that has rows: the isolation check below would prove nothing");
            ourIds.UnionWith(ids);
        }
        foreach (var list in Lists)
        {
            Assert.DoesNotContain(await IdsAsync(other, list), ourIds.Contains);
            Assert.Empty(await IdsAsync(other, $"{list}?isgId={ours.IsgId}"));
        }
    }

    [Fact]
    public async Task Roles_the_pages_refuse_are_refused_and_a_page_past_the_maximum_is_a_bad_request()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Lrl {Guid.NewGuid():N}"[..11]);
        var owner = await TokenAsync(trust, TrustRole.RootCauseOwner);
        var board = await TokenAsync(trust, TrustRole.BoardMember);

        foreach (var list in Lists) Assert.Equal(HttpStatusCode.Forbidden, (await owner.GetAsync(list)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync("/api/v1/sprint-updates/all")).StatusCode); // not a sprint reviewer
        Assert.Equal(HttpStatusCode.BadRequest, (await board.GetAsync("/api/v1/root-causes?pageSize=501")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await board.GetAsync("/api/v1/root-causes?cursor=not-ours")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync("/api/v1/root-causes?pageSize=500")).StatusCode);
    }

    [Fact]
    public async Task The_api_document_describes_each_list_with_its_query_and_page_schema()
    {
        var trust = await TestTrust.CreateAsync(app.Services, $"Ldc {Guid.NewGuid():N}"[..11]);
        var bi = await TokenAsync(trust, TrustRole.Pmo);

        using var document = JsonDocument.Parse(await bi.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var list in Lists)
        {
            Assert.True(paths.TryGetProperty(list, out var path), $"{list} is missing from the API document");
            var get = path.GetProperty("get");
            var parameters = get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!.ToLowerInvariant()).ToList();
            Assert.Contains("modifiedsince", parameters);
            Assert.Contains("cursor", parameters);
            Assert.Contains("pagesize", parameters);
            Assert.Contains("isgid", parameters);
            Assert.True(get.GetProperty("responses").TryGetProperty("304", out _), $"{list} does not say it answers 304");
            var schema = get.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            Assert.Contains("ListPage", schema.GetProperty("$ref").GetString());
        }
    }

    /// <summary>An action, evidence, an escalation and a sprint update, so that every list has a row of this trust.</summary>
    private async Task FillEveryListAsync(TestTrust trust)
    {
        await AddActionAsync(trust, trust.RootCauseIds[1], "Re-audit", Today.AddDays(3));
        await app.SendAs(trust, TrustRole.Pmo, new AddNoteEvidence(trust.RootCauseIds[1], "Audit", "Checks done twice daily"));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("overdue-escalation"); // RC-001 is overdue
        await app.SendAs(trust, TrustRole.Pmo, new ScheduleSprints(trust.IsgId, Today.AddDays(-3)));
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobRunner>().RunAsync("sprint-rhythm");
        var row = (await app.SendAs(trust, TrustRole.RootCauseOwner, new GetMySprintUpdates()))[0];
        await app.SendAs(trust, TrustRole.RootCauseOwner, new SubmitSprintUpdates([row.Submitting(row.Seen with { Narrative = "Audit booked" })]));
    }

    private Task AddActionAsync(TestTrust trust, Guid rootCauseId, string title, DateOnly dueOn) =>
        app.AsSystem(async sp =>
        {
            var db = sp.GetRequiredService<QipDbContext>();
            db.Actions.Add(new ImprovementAction(trust.TrustId, rootCauseId, title, trust[TrustRole.RootCauseOwner].Id, dueOn));
            return await db.SaveChangesAsync();
        });

    private Task<List<Guid>> StoredAsync(Func<QipDbContext, IQueryable<Guid>> query) =>
        app.AsSystem(async sp => (await query(sp.GetRequiredService<QipDbContext>()).ToListAsync()).Order().ToList());

    private async Task<HttpClient> TokenAsync(TestTrust trust, TrustRole role)
    {
        var token = await app.SendAs(trust, role, new CreateApiToken("bi", role));
        var client = app.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        return client;
    }

    /// <summary>Follows each page's next address to the end.</summary>
    private static async Task<(List<Guid> Ids, int Pages)> PullAllAsync(HttpClient client, string first)
    {
        var ids = new List<Guid>();
        var pages = 0;
        for (string? next = first; next is not null; pages++)
        {
            var page = await GetJsonAsync(client, next);
            ids.AddRange(Items(page).Select(i => i.GetProperty("id").GetGuid()));
            next = page.GetProperty("next").GetString();
            Assert.Equal(next is null, page.GetProperty("nextCursor").ValueKind == JsonValueKind.Null);
            Assert.True(pages < 50, "the pages never end");
        }
        return (ids, pages);
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string path) =>
        Items(await GetJsonAsync(client, path)).Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray();

    private static Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return client.SendAsync(request);
    }

    private static string Instant(DateTimeOffset at) => Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));
}

[Collection(OnSqlite.Name)]
public sealed class ListApiOnSqlite(SqliteApp app) : ListApiTests(app);
[Collection(OnPostgres.Name)]
public sealed class ListApiOnPostgres(PostgresApp app) : ListApiTests(app);
