using MediatR;
using QipTracker.Infrastructure.Email;
using QipTracker.Web.Application;
using QipTracker.Web.Jobs;

namespace QipTracker.Web.Features.Email;

/// <summary>Sends what is due in the email outbox; runs every minute and after anything queues mail.</summary>
[SystemJob]
public sealed record DispatchOutbox : IJobRequest;

public sealed class DispatchOutboxHandler(OutboxDispatcher dispatcher) : IRequestHandler<DispatchOutbox, string>
{
    public async Task<string> Handle(DispatchOutbox request, CancellationToken ct)
    {
        var result = await dispatcher.DispatchDueAsync(ct);
        return $"sent {result.Sent}, retrying {result.Retrying}, failed {result.Failed}, skipped {result.Skipped}";
    }
}
