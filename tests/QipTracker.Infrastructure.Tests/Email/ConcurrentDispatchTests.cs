using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace QipTracker.Infrastructure.Tests.Email;

/// <summary>Two app nodes running the dispatch job on one database, simulated by two scopes (two DbContexts and connections).</summary>
public sealed class ConcurrentDispatchTests
{
    [Fact]
    public async Task A_second_dispatcher_skips_emails_the_first_has_claimed_and_neither_double_sends()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await host.QueueAsync(EmailTestHost.Message(subject: $"email {i}")));

        // Node A reads the batch of three, claims the first and, while it is sending it, node B runs
        // a whole dispatch. Then A carries on with the two rows it read before B touched them.
        await using var scopeA = host.Scope();
        DispatchResult? resultB = null;
        var transportA = new InterleavingTransport(scopeA.ServiceProvider.GetRequiredService<IEmailTransport>(),
            async () => resultB = await host.DispatchAsync());
        var dispatcherA = new OutboxDispatcher(scopeA.ServiceProvider.GetRequiredService<QipDbContext>(), transportA, host.Clock,
            scopeA.ServiceProvider.GetRequiredService<EmailOptions>(), NullLogger<OutboxDispatcher>.Instance);

        var resultA = await dispatcherA.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(new DispatchResult(1, 0, 0, 2), resultA);
        Assert.Equal(new DispatchResult(2, 0, 0, 0), resultB);
        Assert.Equal(ids.Order(), SentOutboxIds(host).Order());
        Assert.All(await host.AllAsync(), e =>
        {
            Assert.Equal(OutboxStatus.Sent, e.Status);
            Assert.Equal(1, e.Attempts);
        });
    }

    [Fact]
    public async Task An_email_read_by_two_dispatchers_is_sent_only_by_the_one_that_claims_it()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++) ids.Add(await host.QueueAsync(EmailTestHost.Message(subject: $"email {i}")));

        // A reads all three and starts sending the first. Meanwhile B reads the other two, claims
        // the second and is still sending it when A, working from its stale read, reaches it.
        await using var scopeA = host.Scope();
        await using var scopeB = host.Scope();
        var bIsSending = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseB = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatcherB = Dispatcher(scopeB, new InterleavingTransport(scopeB.ServiceProvider.GetRequiredService<IEmailTransport>(), async () =>
        {
            bIsSending.SetResult();
            await releaseB.Task;
        }), host);
        Task<DispatchResult>? runB = null;
        var dispatcherA = Dispatcher(scopeA, new InterleavingTransport(scopeA.ServiceProvider.GetRequiredService<IEmailTransport>(), async () =>
        {
            runB = Task.Run(() => dispatcherB.DispatchDueAsync(CancellationToken.None));
            await bIsSending.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }), host);

        var resultA = await dispatcherA.DispatchDueAsync(CancellationToken.None);
        releaseB.SetResult();
        var resultB = await runB!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(new DispatchResult(2, 0, 0, 1), resultA); // the first and third; the second was B's
        Assert.Equal(new DispatchResult(1, 0, 0, 1), resultB); // the second; the third was done by then
        Assert.Equal(ids.Order(), SentOutboxIds(host).Order());
        Assert.All(await host.AllAsync(), e => Assert.Equal((OutboxStatus.Sent, 1), (e.Status, e.Attempts)));
    }

    [Fact]
    public async Task Two_dispatchers_running_at_once_send_every_email_exactly_once()
    {
        await using var host = await EmailTestHost.WithSendGridAsync((EmailSetup.BatchSizeKey, "4"));
        host.SendGrid!.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithDelay(TimeSpan.FromMilliseconds(20)));
        for (var i = 0; i < 24; i++) await host.QueueAsync(EmailTestHost.Message(subject: $"email {i}"));

        var results = await Task.WhenAll(Task.Run(host.DispatchAsync), Task.Run(host.DispatchAsync));

        Assert.Equal(24, results.Sum(r => r.Sent));
        Assert.All(results, r => Assert.Equal(0, r.Retrying + r.Failed));
        var sentIds = SentOutboxIds(host);
        Assert.Equal(24, sentIds.Count);
        Assert.Equal(24, sentIds.Distinct().Count());
        Assert.All(await host.AllAsync(), e => Assert.Equal((OutboxStatus.Sent, 1), (e.Status, e.Attempts)));
    }

    [Fact]
    public async Task An_email_whose_sender_died_mid_send_is_sent_again_after_the_lease()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(202));
        var id = await host.QueueAsync(EmailTestHost.Message());

        // The node claims the email and is then cancelled (shut down) before it can send.
        await using (var scope = host.Scope())
        {
            using var shutdown = new CancellationTokenSource();
            var dying = new OutboxDispatcher(scope.ServiceProvider.GetRequiredService<QipDbContext>(),
                new InterleavingTransport(scope.ServiceProvider.GetRequiredService<IEmailTransport>(), () =>
                {
                    shutdown.Cancel();
                    return Task.CompletedTask;
                }),
                host.Clock, scope.ServiceProvider.GetRequiredService<EmailOptions>(), NullLogger<OutboxDispatcher>.Instance);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.DispatchDueAsync(shutdown.Token));
        }
        Assert.Equal(0, host.MailSendCount);
        Assert.Equal(DispatchResult.None, await host.DispatchAsync()); // still leased

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DispatchResult(1, 0, 0, 0), await host.DispatchAsync());
        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Sent, row.Status);
        Assert.Equal(2, row.Attempts); // the interrupted attempt counts
    }

    private static OutboxDispatcher Dispatcher(AsyncServiceScope scope, IEmailTransport transport, EmailTestHost host) =>
        new(scope.ServiceProvider.GetRequiredService<QipDbContext>(), transport, host.Clock,
            scope.ServiceProvider.GetRequiredService<EmailOptions>(), NullLogger<OutboxDispatcher>.Instance);

    private static List<Guid> SentOutboxIds(EmailTestHost host) =>
        host.SendGrid!.LogEntries
            .Select(e => JsonDocument.Parse(e.RequestMessage.Body!).RootElement.GetProperty("personalizations")[0]
                .GetProperty("custom_args").GetProperty(SendGridTransport.OutboxIdArg).GetGuid())
            .ToList();

    /// <summary>Runs <paramref name="before"/> once, just before the first send goes out.</summary>
    private sealed class InterleavingTransport(IEmailTransport inner, Func<Task> before) : IEmailTransport
    {
        private bool _done;

        public async Task<TransportResult> SendAsync(OutboxEmail email, CancellationToken ct)
        {
            if (!_done)
            {
                _done = true;
                await before();
            }
            ct.ThrowIfCancellationRequested();
            return await inner.SendAsync(email, ct);
        }
    }
}
