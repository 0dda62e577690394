using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Email;

/// <summary>Failures that do not come back as an HTTP answer: a transport that throws, a node that stops mid-send.</summary>
public sealed class DispatcherFailureTests
{
    [Fact]
    public async Task A_transport_that_throws_is_treated_as_transient_and_the_rest_of_the_batch_still_goes()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        var poison = await host.QueueAsync(EmailTestHost.Message(subject: "poison"));
        var fine = await host.QueueAsync(EmailTestHost.Message(subject: "fine"));

        await using var scope = host.Scope();
        var eml = scope.ServiceProvider.GetRequiredService<IEmailTransport>();
        var dispatcher = new OutboxDispatcher(scope.ServiceProvider.GetRequiredService<QipDbContext>(),
            new ThrowingFor("poison", eml), host.Clock, scope.ServiceProvider.GetRequiredService<EmailOptions>(),
            NullLogger<OutboxDispatcher>.Instance);

        Assert.Equal(new DispatchResult(1, 1, 0, 0), await dispatcher.DispatchDueAsync(CancellationToken.None));
        var row = await host.GetAsync(poison);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Contains("InvalidOperationException: renderer blew up", row.LastError);
        Assert.Equal(OutboxStatus.Sent, (await host.GetAsync(fine)).Status);
    }

    [Fact]
    public async Task An_email_whose_last_allowed_attempt_never_finished_is_failed_not_retried_forever()
    {
        await using var host = await EmailTestHost.WithEmlAsync((EmailSetup.MaxAttemptsKey, "1"));
        var id = await host.QueueAsync(EmailTestHost.Message());
        await using (var scope = host.Scope())
        {
            using var shutdown = new CancellationTokenSource();
            var dying = new OutboxDispatcher(scope.ServiceProvider.GetRequiredService<QipDbContext>(),
                new CancelOnSend(shutdown), host.Clock, scope.ServiceProvider.GetRequiredService<EmailOptions>(),
                NullLogger<OutboxDispatcher>.Instance);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => dying.DispatchDueAsync(shutdown.Token));
        }

        host.Clock.Advance(TimeSpan.FromMinutes(5)); // the claim's lease runs out
        Assert.Equal(new DispatchResult(0, 0, 1, 0), await host.DispatchAsync());

        var row = await host.GetAsync(id);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("did not finish", row.LastError);
        Assert.False(Directory.Exists(Path.Combine(host.DataFolder, "outbox")) &&
                     Directory.EnumerateFiles(Path.Combine(host.DataFolder, "outbox")).Any());
    }

    private sealed class ThrowingFor(string subject, IEmailTransport inner) : IEmailTransport
    {
        public Task<TransportResult> SendAsync(OutboxEmail email, CancellationToken ct) =>
            email.Subject == subject ? throw new InvalidOperationException("renderer blew up") : inner.SendAsync(email, ct);
    }

    private sealed class CancelOnSend(CancellationTokenSource shutdown) : IEmailTransport
    {
        public Task<TransportResult> SendAsync(OutboxEmail email, CancellationToken ct)
        {
            shutdown.Cancel();
            ct.ThrowIfCancellationRequested();
            return Task.FromResult(TransportResult.Sent);
        }
    }
}
