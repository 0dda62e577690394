using System.Text.Json;
using QipTracker.Infrastructure.Email;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace QipTracker.Infrastructure.Tests.Email;

/// <summary>The outbox dispatcher driving the real SendGrid client against a WireMock stand-in for the API.</summary>
public sealed class SendGridDispatchTests
{
    private static IRequestBuilder MailSend() => Request.Create().WithPath("/v3/mail/send").UsingPost();

    [Fact]
    public async Task Queued_email_reaches_SendGrid_as_a_v3_mail_send_and_is_marked_sent()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(202));
        var trustId = Guid.NewGuid();
        var id = await host.QueueAsync(new EmailMessage("chair.isg@trust.example.nhs.uk", "Dr Amara Okafor",
            "Sprint 7 update due Friday", "<p>Please submit your <b>sprint 7</b> update.</p>",
            "Please submit your sprint 7 update.", trustId));

        var result = await host.DispatchAsync();

        Assert.Equal(new DispatchResult(1, 0, 0, 0), result);
        var request = Assert.Single(host.SendGrid.LogEntries).RequestMessage;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal($"Bearer {EmailTestHost.ApiKey}", request.Headers!["Authorization"].Single());
        using var json = JsonDocument.Parse(request.Body!);
        var root = json.RootElement;
        Assert.Equal("qip@trust.example.nhs.uk", root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("QIP Tracker", root.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Sprint 7 update due Friday", root.GetProperty("subject").GetString());
        var personalization = root.GetProperty("personalizations")[0];
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal("chair.isg@trust.example.nhs.uk", to.GetProperty("email").GetString());
        Assert.Equal("Dr Amara Okafor", to.GetProperty("name").GetString());
        Assert.Equal(id.ToString(), personalization.GetProperty("custom_args").GetProperty(SendGridTransport.OutboxIdArg).GetString());
        Assert.Equal(id.ToString(), personalization.GetProperty("headers").GetProperty(SendGridTransport.OutboxIdHeader).GetString());
        var content = root.GetProperty("content").EnumerateArray()
            .Select(c => (c.GetProperty("type").GetString(), c.GetProperty("value").GetString())).ToList();
        Assert.Equal([("text/plain", "Please submit your sprint 7 update."), ("text/html", "<p>Please submit your <b>sprint 7</b> update.</p>")], content);

        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Equal(EmailTestHost.Start, row.SentAt);
        Assert.Null(row.LastError);
        Assert.Equal(trustId, row.TrustId);
    }

    [Fact]
    public async Task Rate_limited_email_waits_as_long_as_Retry_After_asks_then_sends()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(MailSend()).InScenario("rate").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120")
                .WithBody("""{"errors":[{"message":"too many requests"}]}"""));
        host.SendGrid.Given(MailSend()).InScenario("rate").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(202));
        var id = await host.QueueAsync(EmailTestHost.Message());

        Assert.Equal(new DispatchResult(0, 1, 0, 0), await host.DispatchAsync());
        var waiting = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Pending, waiting.Status);
        Assert.Equal(1, waiting.Attempts);
        Assert.Contains("429", waiting.LastError);
        Assert.Contains("too many requests", waiting.LastError);
        Assert.Equal(EmailTestHost.Start.AddMinutes(2), waiting.NextAttemptAt); // Retry-After beats the 1-minute back-off

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(DispatchResult.None, await host.DispatchAsync());
        Assert.Equal(1, host.MailSendCount);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new DispatchResult(1, 0, 0, 0), await host.DispatchAsync());
        var sent = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(EmailTestHost.Start.AddMinutes(2), sent.SentAt);
        Assert.Equal(2, host.MailSendCount);
    }

    [Fact]
    public async Task Server_errors_are_retried_with_doubling_waits_until_max_attempts_then_failed()
    {
        await using var host = await EmailTestHost.WithSendGridAsync((EmailSetup.MaxAttemptsKey, "4"));
        host.SendGrid!.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(500).WithBody("upstream exploded"));
        var id = await host.QueueAsync(EmailTestHost.Message());

        foreach (var expectedWait in new[] { 1, 2, 4 })
        {
            Assert.Equal(new DispatchResult(0, 1, 0, 0), await host.DispatchAsync());
            var row = await host.GetAsync(id);
            Assert.Equal(OutboxStatus.Pending, row.Status);
            Assert.Equal(host.Clock.GetUtcNow().AddMinutes(expectedWait), row.NextAttemptAt);
            host.Clock.Advance(TimeSpan.FromMinutes(expectedWait));
        }
        Assert.Equal(new DispatchResult(0, 0, 1, 0), await host.DispatchAsync());

        var failed = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Equal(4, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.Contains("Gave up after 4 attempts", failed.LastError);
        Assert.Contains("500", failed.LastError);
        Assert.Contains("upstream exploded", failed.LastError);

        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(DispatchResult.None, await host.DispatchAsync());
        Assert.Equal(4, host.MailSendCount);
    }

    [Fact]
    public async Task Rejected_request_fails_at_once_keeping_SendGrids_reason()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(400)
            .WithBody("""{"errors":[{"message":"The from address does not match a verified Sender Identity.","field":"from"}]}"""));
        var id = await host.QueueAsync(EmailTestHost.Message());

        Assert.Equal(new DispatchResult(0, 0, 1, 0), await host.DispatchAsync());

        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("400", row.LastError);
        Assert.Contains("does not match a verified Sender Identity", row.LastError);
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(DispatchResult.None, await host.DispatchAsync());
        Assert.Equal(1, host.MailSendCount);
    }

    [Fact]
    public async Task A_SendGrid_that_does_not_answer_in_time_is_retried_later()
    {
        await using var host = await EmailTestHost.WithSendGridAsync((EmailSetup.SendGridTimeoutKey, "1"));
        host.SendGrid!.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(202).WithDelay(TimeSpan.FromSeconds(4)));
        var id = await host.QueueAsync(EmailTestHost.Message());

        // Gave up at its own 1 s timeout (the stub answers after 4 s): the error says so, and it is retried later.
        Assert.Equal(new DispatchResult(0, 1, 0, 0), await host.DispatchAsync());

        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("did not answer within 1 s", row.LastError);
        Assert.Equal(EmailTestHost.Start.AddMinutes(1), row.NextAttemptAt);
    }

    [Fact]
    public async Task An_unreachable_SendGrid_is_retried_later()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Stop(); // nothing listens on the configured port any more
        var id = await host.QueueAsync(EmailTestHost.Message());

        Assert.Equal(new DispatchResult(0, 1, 0, 0), await host.DispatchAsync());

        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("could not be reached", row.LastError);
    }

    [Fact]
    public async Task Only_due_emails_are_sent_oldest_first()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(202));
        await host.QueueAsync(EmailTestHost.Message(subject: "first"));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.QueueAsync(EmailTestHost.Message(subject: "second"));
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.QueueAsync(EmailTestHost.Message(subject: "third"));

        Assert.Equal(new DispatchResult(3, 0, 0, 0), await host.DispatchAsync());

        var subjects = host.SendGrid.LogEntries.OrderBy(e => e.RequestMessage.DateTime)
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.GetProperty("subject").GetString());
        Assert.Equal(["first", "second", "third"], subjects);
    }

    [Fact]
    public async Task A_backlog_larger_than_a_batch_is_sent_in_one_run()
    {
        await using var host = await EmailTestHost.WithSendGridAsync((EmailSetup.BatchSizeKey, "3"));
        host.SendGrid!.Given(MailSend()).RespondWith(Response.Create().WithStatusCode(202));
        for (var i = 0; i < 8; i++) await host.QueueAsync(EmailTestHost.Message(subject: $"email {i}"));

        Assert.Equal(new DispatchResult(8, 0, 0, 0), await host.DispatchAsync());
        Assert.Equal(8, host.MailSendCount);
        Assert.All(await host.AllAsync(), e => Assert.Equal(OutboxStatus.Sent, e.Status));
    }

    [Fact]
    public async Task Claims_match_even_when_the_clock_is_finer_than_the_database_keeps_time()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(MailSend()).InScenario("flaky").WillSetStateTo("ok").RespondWith(Response.Create().WithStatusCode(503));
        host.SendGrid.Given(MailSend()).InScenario("flaky").WhenStateIs("ok").RespondWith(Response.Create().WithStatusCode(202));
        host.Clock.Advance(TimeSpan.FromTicks(1_234_567)); // sub-microsecond ticks: finer than PostgreSQL (1 µs) or SQLite here (100 µs) stores
        var id = await host.QueueAsync(EmailTestHost.Message());

        Assert.Equal(new DispatchResult(0, 1, 0, 0), await host.DispatchAsync());
        host.Clock.Advance(TimeSpan.FromTicks(TimeSpan.TicksPerMinute + 7));
        Assert.Equal(new DispatchResult(1, 0, 0, 0), await host.DispatchAsync());
        Assert.Equal(OutboxStatus.Sent, (await host.GetAsync(id)).Status);
    }

    [Fact]
    public void Back_off_doubles_from_one_minute_and_stops_at_an_hour()
    {
        var waits = Enumerable.Range(1, 9).Select(a => OutboxDispatcher.Backoff(a).TotalMinutes);
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], waits);
    }
}
