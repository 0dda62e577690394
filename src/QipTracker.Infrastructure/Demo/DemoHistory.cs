using System.Globalization;
using QipTracker.Domain.Auditing;
using QipTracker.Domain.Common;

namespace QipTracker.Infrastructure.Demo;

/// <summary>
/// The audit trail of the months before the demo was seeded. The interceptor can only stamp
/// changes with the real clock, so the seeder replays the story's transitions here with their past
/// dates and the person who made them, formatted as the interceptor formats values.
/// Public for the benchmark's generated trusts (bench/), whose history is written the same way.
/// </summary>
public sealed class DemoHistory(Guid trustId)
{
    private readonly List<AuditEntry> _entries = [];

    public IReadOnlyList<AuditEntry> Entries => _entries;

    public void Changed(Entity entity, string field, object? before, object? after, Guid by, DateTimeOffset at) =>
        _entries.Add(new AuditEntry(trustId, entity.GetType().Name, entity.Id, AuditOperation.Modified, field,
            Format(before), Format(after), by, at));

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
