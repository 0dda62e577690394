using System.Globalization;
using System.Net;
using Hangfire;
using QipTracker.EndToEnd.Tests.Support;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.EndToEnd.Tests.Nodes;

/// <summary>
/// Two app nodes on one PostgreSQL database: they start together without clashing, share sign-ins and sessions,
/// run each recurring job once, and lose nothing when one is killed in the middle of a job.
/// </summary>
[Trait("Category", "Nodes")]
public sealed class TwoNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const string Pmo = "pmo@northbridge.example";

    [Fact]
    public async Task Nodes_started_together_seed_one_demo_trust_and_share_one_key()
    {
        // Both ran migrate-and-seed on an empty database at the same moment: one seeded, the other found it seeded.
        Assert.Equal(1L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "Trusts" """));
        Assert.Equal(1L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "AspNetUsers" WHERE "NormalizedEmail" = @email""", ("email", Pmo.ToUpperInvariant())));
        // One key for both: had each made its own, a cookie from one would not open on the other once the key ring is cached.
        Assert.Equal(1L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "DataProtectionKeys" """));
    }

    [Fact]
    public async Task Signed_in_on_one_node_is_signed_in_on_the_other_and_signing_out_ends_it_on_both()
    {
        using var person = await SignedInClient.SignInAsync(nodes.A.BaseUrl, Pmo, RunningApp.DemoPassword);

        var api = await person.GetAsync(nodes.B.BaseUrl, "/api/v1/isgs");
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.StartsWith("[", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var home = await person.GetAsync(nodes.B.BaseUrl, "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Daniel Price", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal); // the PMO's name in the header

        // Signed out on B with B's form (its token checked against the cookie A set): the same cookie no longer opens A.
        using var copied = person.Copy();
        Assert.Equal(HttpStatusCode.OK, (await copied.GetAsync(nodes.A.BaseUrl, "/api/v1/isgs")).StatusCode);
        var token = await person.FormTokenAsync(nodes.B.BaseUrl, "/");
        var signedOut = await person.PostAsync(nodes.B.BaseUrl, "/account/logout", new() { ["__RequestVerificationToken"] = token });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copied.GetAsync(nodes.A.BaseUrl, "/api/v1/isgs")).StatusCode);
    }

    [Fact]
    public async Task A_recurring_job_runs_once_per_occurrence_across_both_nodes()
    {
        // Every two seconds, each occurrence a job of its own stamped with its scheduled time (Strict), so that two
        // nodes both scheduling one occurrence would show as two jobs with the same time.
        var since = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Schedule("email-outbox", "*/2 * * * * *", MisfireHandlingMode.Strict);

        List<Occurrence> seen = [];
        await nodes.EventuallyAsync(async () =>
        {
            seen = (await OccurrencesAsync("email-outbox")).Where(o => o.Time >= since).ToList();
            return seen.Count(o => o.State == "Succeeded") >= 6;
        }, TimeSpan.FromSeconds(90), "six occurrences of the outbox job ran");

        Assert.All(seen.GroupBy(o => o.Time), g => Assert.Single(g));
        var times = seen.Select(o => o.Time).Order().ToList();
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.Equal(2, pair.Second - pair.First)); // none skipped either
        Assert.All(seen.Where(o => o.State == "Succeeded"), o => Assert.Equal(1, o.Runs));
        // Scheduled by whichever node got there first, run by whichever fetched it: the two servers share one storage.
        Assert.All(seen.Where(o => o.State == "Succeeded"), o => Assert.Contains(nodes.Both, n => o.RanOn == n.ProcessId));
    }

    [Fact]
    public async Task A_node_killed_in_the_middle_of_a_job_leaves_nothing_half_written_and_the_other_finishes_it()
    {
        var escalations = await CountEscalationsAsync();
        var emails = await CountEscalationEmailsAsync();

        var jobId = long.Parse(new RecurringJobManager(nodes.Jobs).TriggerJob(TwoNodes.PausedJob), CultureInfo.InvariantCulture);
        RunningApp? paused = null;
        await nodes.EventuallyAsync(() =>
        {
            paused = nodes.Both.FirstOrDefault(n => n.Log.Contains(TestOnlyCommitPause.LogText, StringComparison.Ordinal));
            return Task.FromResult(paused is not null);
        }, TimeSpan.FromSeconds(60), "a node started the escalation job and paused before its commit");
        var survivor = nodes.Other(paused!);

        // Alive past twice the invisibility timeout, the node keeps its job: the other does not run it a second time.
        await Task.Delay(TwoNodes.InvisibilityTimeout * 2 + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await RunsAsync(jobId));

        paused!.Kill();
        // Its escalations and their emails were written but not committed: none of them is left.
        Assert.Equal(escalations, await CountEscalationsAsync());
        Assert.Equal(emails, await CountEscalationEmailsAsync());

        await nodes.EventuallyAsync(async () => await StateAsync(jobId) == "Succeeded",
            TwoNodes.InvisibilityTimeout + TwoNodes.CommitPause + TimeSpan.FromSeconds(60), "the surviving node finished the job");
        Assert.Equal(2, await RunsAsync(jobId));
        Assert.Equal(survivor.ProcessId, await LastRanOnAsync(jobId));

        // Every effect once: each late item has one open escalation, each person one email for the day.
        Assert.True(await CountEscalationsAsync() > escalations, "the job raised no escalation, so it proved nothing");
        Assert.Equal(0L, await nodes.ScalarAsync<long>("""
            SELECT count(*) FROM (SELECT "ItemId" FROM "Escalations" WHERE "ResolvedOn" IS NULL GROUP BY "ItemId" HAVING count(*) > 1) twice
            """));
        Assert.Equal(0L, await nodes.ScalarAsync<long>("""
            SELECT count(*) FROM (SELECT "DedupKey" FROM "Outbox" WHERE "DedupKey" LIKE 'escalations:%' GROUP BY "DedupKey" HAVING count(*) > 1) twice
            """));

        // Sent, and sent once: each email is one .eml file across both nodes' folders.
        Schedule("email-outbox", "*/2 * * * * *", MisfireHandlingMode.Relaxed);
        await nodes.EventuallyAsync(async () => await nodes.ScalarAsync<long>(
                """SELECT count(*) FROM "Outbox" WHERE "DedupKey" LIKE 'escalations:%' AND "Status" <> 'Sent'""") == 0,
            TimeSpan.FromSeconds(60), "the escalation emails were sent");
        var files = nodes.Both.SelectMany(n => Directory.Exists(Path.Combine(n.DataFolder, "outbox"))
            ? Directory.GetFiles(Path.Combine(n.DataFolder, "outbox"), "*.eml") : []).Select(Path.GetFileName).ToList();
        var sent = await nodes.RowsAsync("""SELECT "Id" FROM "Outbox" WHERE "DedupKey" LIKE 'escalations:%'""");
        Assert.NotEmpty(sent);
        Assert.All(sent, row => Assert.Single(files, f => f!.Contains(((Guid)row[0]).ToString("N"), StringComparison.Ordinal)));

        // Back up on the same database: no reseeding, no second key.
        await paused.RestartAsync();
        Assert.Equal(1L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "Trusts" """));
        Assert.Equal(1L, await nodes.ScalarAsync<long>("""SELECT count(*) FROM "DataProtectionKeys" """));
    }

    private void Schedule(string job, string cron, MisfireHandlingMode misfire) =>
        new RecurringJobManager(nodes.Jobs).AddOrUpdate<JobRunner>(job, r => r.RunAsync(job, CancellationToken.None), cron,
            new RecurringJobOptions { TimeZone = Clock.London, MisfireHandling = misfire });

    private Task<long> CountEscalationsAsync() => nodes.ScalarAsync<long>("""SELECT count(*) FROM "Escalations" """);

    private Task<long> CountEscalationEmailsAsync() => nodes.ScalarAsync<long>("""SELECT count(*) FROM "Outbox" WHERE "DedupKey" LIKE 'escalations:%'""");

    private sealed record Occurrence(long JobId, long Time, string State, int Runs, int? RanOn);

    /// <summary>The background jobs a recurring job made, with the occurrence each is for and how often a worker started it.</summary>
    private async Task<List<Occurrence>> OccurrencesAsync(string recurringJob)
    {
        var rows = await nodes.RowsAsync("""
            SELECT j.id, t.value, j.statename FROM hangfire.job j
              JOIN hangfire.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
              JOIN hangfire.jobparameter r ON r.jobid = j.id AND r.name = 'RecurringJobId'
            WHERE r.value = @id
            """, ("id", $"\"{recurringJob}\""));
        var occurrences = new List<Occurrence>();
        foreach (var row in rows)
        {
            var id = Convert.ToInt64(row[0], CultureInfo.InvariantCulture);
            occurrences.Add(new Occurrence(id, long.Parse(((string)row[1]).Trim('"'), CultureInfo.InvariantCulture),
                row[2] as string ?? "", await RunsAsync(id), await LastRanOnAsync(id)));
        }
        return occurrences;
    }

    private Task<int> RunsAsync(long jobId) =>
        nodes.ScalarAsync<int>("SELECT count(*) FROM hangfire.state WHERE jobid = @id AND name = 'Processing'", ("id", jobId));

    private async Task<string?> StateAsync(long jobId) =>
        (await nodes.RowsAsync("SELECT statename FROM hangfire.job WHERE id = @id", ("id", jobId))).Single()[0] as string;

    /// <summary>The process id in the server id ("host:pid:guid") of the last worker that started the job.</summary>
    private async Task<int?> LastRanOnAsync(long jobId)
    {
        var data = await nodes.RowsAsync("SELECT data::text FROM hangfire.state WHERE jobid = @id AND name = 'Processing' ORDER BY id DESC LIMIT 1", ("id", jobId));
        if (data.Count == 0) return null;
        var server = System.Text.Json.JsonDocument.Parse((string)data[0][0]).RootElement.GetProperty("ServerId").GetString()!;
        return int.Parse(server.Split(':')[^2], CultureInfo.InvariantCulture);
    }
}
