using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using QipTracker.Infrastructure.Email;
using QipTracker.Infrastructure.Persistence;

namespace QipTracker.Infrastructure.Tests.Email;

public sealed class OutboxEmailSenderTests
{
    [Fact]
    public async Task Queueing_adds_a_pending_email_that_commits_with_the_callers_save()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(7));
        await using (var scope = host.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QipDbContext>();
            await scope.ServiceProvider.GetRequiredService<IEmailSender>()
                .QueueAsync(EmailTestHost.Message(subject: "Evidence added to RC-3"), CancellationToken.None);
            Assert.Empty(await host.AllAsync()); // not saved yet: it rides on the business change's SaveChanges
            await db.SaveChangesAsync();
        }

        var email = Assert.Single(await host.AllAsync());
        Assert.Equal(OutboxStatus.Pending, email.Status);
        Assert.Equal(0, email.Attempts);
        Assert.Equal("Evidence added to RC-3", email.Subject);
        Assert.Equal(EmailTestHost.Start.AddMinutes(7), email.CreatedAt);
        Assert.Equal(email.CreatedAt, email.NextAttemptAt);
    }

    [Fact]
    public async Task A_unit_of_work_that_is_not_saved_sends_nothing()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        await using (var scope = host.Scope())
            await scope.ServiceProvider.GetRequiredService<IEmailSender>().QueueAsync(EmailTestHost.Message(), CancellationToken.None);

        Assert.Empty(await host.AllAsync());
        Assert.Equal(DispatchResult.None, await host.DispatchAsync());
    }

    [Fact]
    public async Task A_dedup_key_already_in_the_outbox_is_not_queued_again()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        var key = "escalation-digest:owner-17:2026-11-24";
        await host.QueueAsync(EmailTestHost.Message(dedupKey: key));

        // The job runs again (another day's run, a retry, a second node): nothing new is queued.
        await using (var scope = host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender>()
                .QueueAsync(EmailTestHost.Message(dedupKey: key), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<QipDbContext>().SaveChangesAsync();
        }
        // Still deduplicated once the first has been sent.
        await host.DispatchAsync();
        await using (var scope = host.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<IEmailSender>()
                .QueueAsync(EmailTestHost.Message(dedupKey: key), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<QipDbContext>().SaveChangesAsync();
        }

        var email = Assert.Single(await host.AllAsync());
        Assert.Equal(key, email.DedupKey);
        Assert.Equal(OutboxStatus.Sent, email.Status);
    }

    [Fact]
    public async Task A_dedup_key_queued_twice_in_one_unit_of_work_is_queued_once()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        await using (var scope = host.Scope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            await sender.QueueAsync(EmailTestHost.Message(dedupKey: "invite:abc"), CancellationToken.None);
            await sender.QueueAsync(EmailTestHost.Message(dedupKey: "invite:abc"), CancellationToken.None);
            await sender.QueueAsync(EmailTestHost.Message(dedupKey: "invite:def"), CancellationToken.None);
            await sender.QueueAsync(EmailTestHost.Message(), CancellationToken.None); // no key: never deduplicated
            await sender.QueueAsync(EmailTestHost.Message(), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<QipDbContext>().SaveChangesAsync();
        }

        var emails = await host.AllAsync();
        Assert.Equal(5 - 1, emails.Count);
        Assert.Equal(["invite:abc", "invite:def"], emails.Where(e => e.DedupKey != null).Select(e => e.DedupKey).Order());
    }

    [Fact]
    public async Task Two_units_of_work_racing_on_one_dedup_key_cannot_both_commit()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        await using var first = host.Scope();
        await using var second = host.Scope();
        foreach (var scope in new[] { first, second })
            await scope.ServiceProvider.GetRequiredService<IEmailSender>()
                .QueueAsync(EmailTestHost.Message(dedupKey: "race"), CancellationToken.None);

        await first.ServiceProvider.GetRequiredService<QipDbContext>().SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateException>(() => second.ServiceProvider.GetRequiredService<QipDbContext>().SaveChangesAsync());
        Assert.Single(await host.AllAsync());
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("two@example.nhs.uk, people@example.nhs.uk")]
    [InlineData("")]
    public async Task A_bad_recipient_is_refused_where_the_email_is_written(string to)
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        await using var scope = host.Scope();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();

        await Assert.ThrowsAsync<ArgumentException>(() => sender.QueueAsync(EmailTestHost.Message(to: to), CancellationToken.None));
    }

    [Fact]
    public async Task Line_breaks_in_a_subject_are_flattened_so_they_cannot_add_headers()
    {
        await using var host = await EmailTestHost.WithEmlAsync();
        await host.QueueAsync(EmailTestHost.Message(subject: "Overdue\r\nBcc: everyone@example.com"));

        Assert.Equal("Overdue Bcc: everyone@example.com", Assert.Single(await host.AllAsync()).Subject);
    }
}
