namespace QipTracker.Infrastructure.Tests.Demo;

/// <summary>
/// The demo tests run one after another: seeding is CPU-heavy (password hashing, thousands of rows), and
/// run side by side the seeds would slow each other and make the timing test meaningless.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DemoDatabaseCollection
{
    public const string Name = "Demo database";
}
