using Microsoft.Extensions.DependencyInjection;
using QipTracker.Domain.Trusts;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Tenancy;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace QipTracker.Infrastructure.Tests.Email;

public sealed class OutboxAdminTests
{
    [Fact]
    public async Task Failed_emails_are_listed_and_a_retried_one_is_sent_on_the_next_run()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).InScenario("s").WillSetStateTo("fixed")
            .RespondWith(Response.Create().WithStatusCode(403).WithBody("""{"errors":[{"message":"access forbidden"}]}"""));
        host.SendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).InScenario("s").WhenStateIs("fixed")
            .RespondWith(Response.Create().WithStatusCode(202));
        var trustId = Guid.NewGuid();
        var id = await host.QueueAsync(EmailTestHost.Message(subject: "Board paper ready") with { TrustId = trustId });
        await host.DispatchAsync();

        await using (var scope = host.Scope())
        {
            var admin = scope.ServiceProvider.GetRequiredService<OutboxAdmin>();
            var failed = Assert.Single(await admin.ListFailedAsync(0, 20, CancellationToken.None));
            Assert.Equal((id, trustId, "Board paper ready", 1), (failed.Id, failed.TrustId, failed.Subject, failed.Attempts));
            Assert.Contains("access forbidden", failed.LastError);
            Assert.Equal(1, await admin.CountFailedAsync(CancellationToken.None));

            Assert.True(await admin.RetryAsync(id, CancellationToken.None));
            Assert.False(await admin.RetryAsync(id, CancellationToken.None)); // no longer failed
            Assert.False(await admin.RetryAsync(Guid.NewGuid(), CancellationToken.None));
        }
        var queued = await host.GetAsync(id);
        Assert.Equal((OutboxStatus.Pending, 0), (queued.Status, queued.Attempts));

        Assert.Equal(new DispatchResult(1, 0, 0, 0), await host.DispatchAsync());
        Assert.Equal(OutboxStatus.Sent, (await host.GetAsync(id)).Status);
    }

    [Fact]
    public async Task A_trust_user_sees_and_retries_only_their_own_trusts_failures()
    {
        await using var host = await EmailTestHost.WithSendGridAsync();
        host.SendGrid!.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithStatusCode(400));
        Guid ours = Guid.NewGuid(), theirs = Guid.NewGuid();
        var ourEmail = await host.QueueAsync(EmailTestHost.Message() with { TrustId = ours });
        var theirEmail = await host.QueueAsync(EmailTestHost.Message() with { TrustId = theirs });
        await host.QueueAsync(EmailTestHost.Message() with { TrustId = null });
        await host.DispatchAsync();

        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().Set(Guid.NewGuid(), ours, [TrustRole.TrustAdmin], isSystemAdmin: false);
        var admin = scope.ServiceProvider.GetRequiredService<OutboxAdmin>();

        Assert.Equal([ourEmail], (await admin.ListFailedAsync(0, 20, CancellationToken.None)).Select(f => f.Id));
        Assert.False(await admin.RetryAsync(theirEmail, CancellationToken.None));
        Assert.Equal(OutboxStatus.Failed, (await host.GetAsync(theirEmail)).Status);

        await using var systemScope = host.Scope();
        Assert.Equal(3, await systemScope.ServiceProvider.GetRequiredService<OutboxAdmin>().CountFailedAsync(CancellationToken.None));
    }
}
